package dev.drift.demo;

import java.util.List;
import java.util.Random;

import dev.drift.DriftTest;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.Role;
import dev.drift.questionnaires.Instrument;
import dev.drift.questionnaires.QuestionnaireDue;
import dev.drift.questionnaires.QuestionnaireHistory;
import dev.drift.questionnaires.QuestionnaireResult;
import dev.drift.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class DemoQuestionnairesTests {

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Test
	void demoClientsHaveEightWeeksOfScheduledQuestionnairesAndBothAreDueToday() {
		QuestionnaireHistory emma = history("client@demo.drift");

		assertThat(emma.isi()).hasSize(4);
		assertThat(emma.psqi()).hasSize(2);
		assertThat(emma.due()).extracting(QuestionnaireDue::instrument)
			.containsExactly(Instrument.ISI, Instrument.PSQI);
	}

	@Test
	void mostImproveAndOneStaysFlat() {
		QuestionnaireHistory emma = history("client@demo.drift");
		QuestionnaireHistory flat = history("client6@demo.drift");
		long improving = java.util.stream.IntStream.rangeClosed(1, 20)
			.mapToObj((n) -> history(n == 1 ? "client@demo.drift" : "client" + n + "@demo.drift"))
			.filter((h) -> last(h.isi()).change().reduction() >= 3)
			.count();

		assertThat(last(emma.isi()).change().response()).isTrue();
		assertThat(last(emma.psqi()).total()).isLessThan(emma.psqi().get(0).total());
		assertThat(Math.abs(last(flat.isi()).change().change())).isLessThanOrEqualTo(2);
		assertThat(improving).isGreaterThanOrEqualTo(12);
	}

	@Test
	void theModelIsDeterministicForItsSeed() {
		ClientProfile client = this.people.findClient(account("client@demo.drift").clientId()).orElseThrow();

		assertThat(DemoQuestionnaires.isi(17, new Random(DemoQuestionnaires.SEED)))
			.isEqualTo(DemoQuestionnaires.isi(17, new Random(DemoQuestionnaires.SEED)));
		assertThat(DemoQuestionnaires.psqi(client, 0.6, new Random(DemoQuestionnaires.SEED)))
			.isEqualTo(DemoQuestionnaires.psqi(client, 0.6, new Random(DemoQuestionnaires.SEED)));
	}

	private QuestionnaireHistory history(String email) {
		AccountView account = account(email);
		Actor actor = new Actor(account.id(), account.clinicId(), Role.CLIENT, account.clientId(), null);
		return this.questionnaires.history(actor, account.clientId());
	}

	private AccountView account(String email) {
		return this.accounts.findByEmail(email).orElseThrow();
	}

	private static QuestionnaireResult last(List<QuestionnaireResult> results) {
		return results.get(results.size() - 1);
	}

}
