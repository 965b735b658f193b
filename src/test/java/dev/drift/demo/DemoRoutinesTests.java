package dev.drift.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.selfcare.Adherence;
import dev.drift.selfcare.RoutineLog;
import dev.drift.selfcare.SelfCare;
import dev.drift.sleep.DiaryEntryView;
import dev.drift.sleep.SleepDiary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's routine logs: only before recorded diary nights after the first session,
 * faithful clients on most of them, others on fewer; adherence compares the nights.
 */
@DriftTest
class DemoRoutinesTests {

	@Autowired
	SelfCare selfCare;

	@Autowired
	SleepDiary diary;

	@Autowired
	TestPeople people;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void atTheSuitesStart() {
		this.clock.reset();
	}

	@Test
	void everyDemoRoutinePrecedesARecordedDiaryNightAfterTheFirstSession() {
		Actor admin = this.people.actor("admin@demo.drift");
		LocalDate today = LocalDate.now(this.clock.withZone(TestPeople.LONDON));
		int clientsWithLogs = 0;
		for (DemoClinic.DemoClient demo : DemoClinic.clients()) {
			ClientId client = this.people.actor(demo.email()).clientId();
			// another test may have moved a demo client's first session (into the future)
			LocalDate firstSession = this.diary.settings(admin, client).firstSession();
			Set<LocalDate> nights = this.diary.entries(admin, client, today.minusDays(120), today.plusDays(1))
				.stream()
				.map(DiaryEntryView::diaryDate)
				.collect(Collectors.toSet());
			List<RoutineLog> logs = this.selfCare.logs(admin, client);
			clientsWithLogs += logs.isEmpty() ? 0 : 1;
			assertThat(logs).allSatisfy((log) -> {
				assertThat(nights).as(demo.email() + " " + log.nightDate()).contains(log.nightDate());
				if (firstSession != null && firstSession.isBefore(today)) {
					assertThat(log.nightDate()).isAfter(firstSession);
				}
			});
		}
		assertThat(clientsWithLogs).isGreaterThan(DemoClinic.clients().size() / 2);
	}

	@Test
	void emmaIsFaithfulAndHerAdherenceComparesNightsWithAndWithoutTheRoutine() {
		Actor admin = this.people.actor("admin@demo.drift");
		ClientId emma = this.people.actor("client@demo.drift").clientId();
		ClientId priya = this.people.actor("client3@demo.drift").clientId();

		Adherence adherence = this.selfCare.adherence(admin, emma);

		assertThat(adherence.eveningsLogged()).isGreaterThanOrEqualTo(6);
		assertThat(adherence.outcomes().nightsWith()).isGreaterThan(adherence.outcomes().nightsWithout());
		assertThat(adherence.outcomes().meanSeWith()).isNotNull();
		assertThat(this.selfCare.logs(admin, priya).size()).isLessThan(this.selfCare.logs(admin, emma).size());
	}

}
