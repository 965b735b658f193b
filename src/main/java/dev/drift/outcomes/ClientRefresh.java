package dev.drift.outcomes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.plan.Plans;
import dev.drift.questionnaires.Questionnaires;
import dev.drift.selfcare.SelfCare;
import dev.drift.sessions.Sessions;
import dev.drift.sleep.SleepDiary;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-projects one client from the source modules' facades (system reads, not audited):
 * diary nights and first session (sleep), attended sessions (sessions), routine evenings
 * (self-care), ISI/PSQI results (questionnaires), plan profile (plan). Each client is
 * replaced in its own transaction; two refreshes of one client at once retry once.
 */
@Component
class ClientRefresh {

	private final People people;

	private final SleepDiary diary;

	private final Sessions sessions;

	private final SelfCare selfCare;

	private final Questionnaires questionnaires;

	private final Plans plans;

	private final OutcomesStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClientRefresh(People people, SleepDiary diary, Sessions sessions, SelfCare selfCare, Questionnaires questionnaires,
			Plans plans, OutcomesStore store, PlatformTransactionManager transactions, Clock clock) {
		this.people = people;
		this.diary = diary;
		this.sessions = sessions;
		this.selfCare = selfCare;
		this.questionnaires = questionnaires;
		this.plans = plans;
		this.store = store;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Refreshes the client's rows; an unknown or erased client's rows are deleted. */
	void refresh(ClientId id) {
		try {
			this.transactions.executeWithoutResult((status) -> refreshNow(id));
		}
		catch (DataIntegrityViolationException ex) {
			// another refresh of the same client inserted its row first: do it again
			this.transactions.executeWithoutResult((status) -> refreshNow(id));
		}
	}

	private void refreshNow(ClientId id) {
		Optional<ClientProfile> found = this.people.findClient(id);
		if (found.isEmpty() || found.get().erasedAt() != null) {
			this.store.erase(id.value());
			return;
		}
		ClientProfile client = found.get();
		List<ClientFacts.Attended> attended = this.sessions.attendedSessions(id)
			.stream()
			.map((s) -> new ClientFacts.Attended(s.appointmentId(), s.therapistId(), s.start(), s.signed(),
					s.techniques().stream().map(Enum::name).toList(), s.minutes(),
					(s.driftOff() == null) ? null : s.driftOff().name()))
			.toList();
		List<ClientFacts.ScoreRow> scores = this.questionnaires.results(id)
			.stream()
			.map((r) -> new ClientFacts.ScoreRow(r.id(), r.instrument().name(), r.completedAt(), r.total(),
					r.category()))
			.toList();
		ClientFacts facts = ClientFacts.of(client.clinicId().value(), id.value(), client.timeZone(),
				this.plans.profileOf(id).orElse(null), this.diary.firstSession(id).orElse(null),
				this.diary.validNights(id), attended, this.selfCare.routineEvenings(id), scores);
		this.store.replace(facts, this.clock.instant());
	}

}
