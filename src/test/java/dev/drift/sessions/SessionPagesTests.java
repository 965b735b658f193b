package dev.drift.sessions;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.people.People;
import dev.drift.sleep.SleepDiary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The session pages over HTTP: the therapist's day with badges and attendance buttons,
 * the note page with the avoided area hatched, an autosave refused beside its field, the
 * signed note's printable view, the client's summaries (never the note), and the diary's
 * question the morning after a session.
 */
@DriftTest
class SessionPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	People directory;

	@Autowired
	Intake intake;

	@Autowired
	Booking booking;

	@Autowired
	Sessions sessions;

	@Autowired
	SleepDiary diary;

	@Autowired
	MutableClock clock;

	SessionClinic clinic;

	Http therapist;

	@BeforeEach
	void setUp() {
		this.clinic = SessionClinic.open(this.people, this.directory, this.intake,
				SessionClinic.LIGHT_PRESSURE_WOUND_NO_OILS);
		this.clock.advance(Duration.ofHours(8));
		this.therapist = this.clinic.therapist().signedIn(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theDayShowsTheScreeningBadgeAndAttendanceOnceTheAppointmentHasStarted() {
		this.clinic.appointment(this.booking, this.clock, Duration.ofMinutes(20));

		HttpResponse<String> day = this.therapist.get("/sessions/day");

		assertThat(day.statusCode()).isEqualTo(200);
		assertThat(day.body()).contains("Sam Session", "Pressure up to light", "P2",
				"Avoid: Left lower leg (calf and shin)", "No re-check", "value=\"ATTENDED\"", "value=\"NO_SHOW\"");
	}

	@Test
	void anAutosaveThatContradictsTheScreeningIsRefusedBesideTheFieldAndAValidOneIsSaved() {
		UUID appointment = attended();
		HttpResponse<String> page = this.therapist.get("/sessions/" + appointment);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"map-back-left_calf\"")
			.containsPattern("id=\"area-left_calf\"[^>]*disabled");
		String csrf = this.therapist.csrf("/sessions/" + appointment);

		HttpResponse<String> refused = this.therapist.form("/sessions/" + appointment + "/note",
				Map.of("_csrf", csrf, "areas", List.of("neck", "left_calf"), "pressure.neck", "P2",
						"pressure.left_calf", "P1", "minutes", "40"),
				"HX-Request", "true");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"err-objective-areas\"", "hx-swap-oob=\"true\"",
				"This area must not be treated (AVOID_AREA(left_calf))", "contradicts the screening");
		assertThat(this.sessions.note(this.clinic.therapist().actor(), appointment).note().objective().areas())
			.isEmpty();

		HttpResponse<String> saved = this.therapist.form("/sessions/" + appointment + "/note", Map.of("_csrf", csrf,
				"areas", List.of("neck"), "pressure.neck", "P2", "minutes", "40", "techniques", "SWEDISH"),
				"HX-Request", "true");
		assertThat(saved.body()).contains("Draft saved at");
		assertThat(this.sessions.note(this.clinic.therapist().actor(), appointment).note().objective().minutes())
			.isEqualTo(40);
	}

	@Test
	void aSignedNoteIsPrintableAndTheClientSeesOnlyTheSummary() {
		UUID appointment = attended();
		NoteView draft = this.sessions.note(this.clinic.therapist().actor(), appointment);
		this.sessions.saveDraft(this.clinic.therapist().actor(), appointment, new NoteContent(
				new NoteContent.Subjective("Woke at four every night", 4, 1, 6, null),
				new NoteContent.Objective(List.of(new NoteContent.Area("neck", dev.drift.screening.Pressure.P2)),
						List.of(Technique.SWEDISH), "prone", 50, false, draft.mandatoryModifications()),
				new NoteContent.Assessment(DriftOff.FELL_ASLEEP, 10, null),
				new NoteContent.Plan("Next Tuesday", "Keep the phone out of the bedroom", null)));
		NoteView signed = this.sessions.sign(this.clinic.therapist().actor(), appointment);

		HttpResponse<String> print = this.therapist.get("/sessions/" + appointment + "/print");
		assertThat(print.statusCode()).isEqualTo(200);
		assertThat(print.body()).contains(signed.contentHash(), "Fell asleep", "sessions.css");
		assertThat(this.therapist.get("/sessions/" + appointment).body()).contains("Signed", "Sign and add");

		Http client = this.clinic.client().signedIn(this.port);
		HttpResponse<String> mine = client.get("/me/sessions");
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("Keep the phone out of the bedroom", "Neck", "Swedish")
			.doesNotContain("Woke at four");
		assertThat(client.get("/sessions/" + appointment).statusCode()).isEqualTo(404);
	}

	@Test
	void theMorningAfterASessionTheDiaryAsksHowRelaxedTheClientFelt() {
		UUID appointment = attended();
		LocalDate morning = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/London")).plusDays(1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.diary.sessionNight(this.clinic.client().actor(), this.clinic.client().clientId(), morning)
				.isPresent());
		this.clock.advance(Duration.ofDays(1));
		Http client = this.clinic.client().signedIn(this.port);

		HttpResponse<String> page = client.get("/me/diary?date=" + morning);
		assertThat(page.body()).contains("How relaxed did you feel after your session?");
		HttpResponse<String> answered = client.form("/me/diary/relaxed",
				Map.of("_csrf", client.csrf("/me/diary?date=" + morning), "date", morning.toString(), "relaxed", "8"));

		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(this.diary.sessionNight(this.clinic.client().actor(), this.clinic.client().clientId(), morning)
			.orElseThrow()
			.relaxed()).isEqualTo(8);
		assertThat(this.diary.sessionNight(this.clinic.client().actor(), this.clinic.client().clientId(), morning)
			.orElseThrow()
			.appointmentId()).isEqualTo(appointment);
	}

	private UUID attended() {
		UUID appointment = this.clinic.appointment(this.booking, this.clock, Duration.ofHours(1));
		this.sessions.markAttendance(this.clinic.clinic().admin().actor(), appointment, AttendanceStatus.ATTENDED);
		return appointment;
	}

}
