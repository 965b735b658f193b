package dev.drift.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.people.Actor;
import dev.drift.sessions.DriftOff;
import dev.drift.sessions.NoteStatus;
import dev.drift.sessions.NoteView;
import dev.drift.sessions.SessionAppointment;
import dev.drift.sessions.Sessions;
import dev.drift.sessions.TherapistDay;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's session records: every past treatment is attended with a signed note, except
 * at least three of the last week that wait for the therapist; client10 (clearly
 * improving in the diary) drifts off in most sessions, client3 (not improving) in none.
 */
@DriftTest
class DemoSessionsTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	Sessions sessions;

	@Autowired
	TestPeople people;

	@Autowired
	MutableClock clock;

	@Test
	void pastSessionsHaveSignedNotesAndAtLeastThreeOfTheLastWeekWait() {
		Actor admin = this.people.actor("admin@demo.drift");
		LocalDate today = LocalDate.ofInstant(this.clock.start(), LONDON);

		List<SessionAppointment> lastWeek = this.sessions.appointments(admin, today.minusDays(7), today, null, null,
				"ATTENDED", null);
		assertThat(lastWeek.stream().filter((a) -> a.note() != NoteStatus.SIGNED)).hasSizeGreaterThanOrEqualTo(3);
		List<SessionAppointment> earlier = this.sessions.appointments(admin, today.minusDays(60), today.minusDays(8),
				null, null, null, null);
		assertThat(earlier.stream()
			.filter((a) -> a.appointment().start().toInstant().isBefore(this.clock.start()))
			.filter((a) -> !a.appointment().serviceCode().equals("consultation"))
			.filter((a) -> a.appointment().isBooked())).isNotEmpty()
			.allSatisfy(
					(a) -> assertThat(a.note()).as(a.appointment().start().toString()).isEqualTo(NoteStatus.SIGNED));

		Sessions.NoteCounts counts = this.sessions.counts(admin.clinicId());
		System.out.printf("Demo session notes: %d signed, %d drifted off or fell asleep (%.0f %%)%n", counts.signed(),
				counts.driftedOff(), 100 * counts.driftOffShare());
		assertThat(counts.signed()).isGreaterThanOrEqualTo(15);
		assertThat(counts.driftOffShare()).isBetween(0.2, 0.8);
	}

	@Test
	void clientsWhoSleepBetterDriftOffOftenAndTheOneWhoDoesNotNever() {
		Actor therapist = this.people.actor("therapist@demo.drift");

		assertThat(driftOffs(therapist, "client10@demo.drift").stream().filter(DriftOff::driftedOff).count())
			.isGreaterThanOrEqualTo(4);
		assertThat(driftOffs(therapist, "client3@demo.drift")).hasSizeGreaterThanOrEqualTo(5)
			.noneMatch(DriftOff::driftedOff);
	}

	@Test
	void theTherapistsHomePageListsTheNoteUnsignedForMoreThan48Hours() {
		TherapistDay day = this.sessions.day(this.people.actor("therapist@demo.drift"));

		assertThat(day.overdue()).isNotEmpty();
		assertThat(day.overdue().size() + day.drafts().size()).isGreaterThanOrEqualTo(3);
	}

	private List<DriftOff> driftOffs(Actor staff, String email) {
		return this.sessions.notes(staff, this.people.actor(email).clientId())
			.stream()
			.filter((n) -> n.status() == NoteStatus.SIGNED)
			.map(NoteView::note)
			.map((n) -> n.assessment().driftOff())
			.toList();
	}

}
