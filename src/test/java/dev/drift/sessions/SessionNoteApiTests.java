package dev.drift.sessions;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.audit.AuditLog;
import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.people.People;
import dev.drift.selfcare.SelfCare;
import dev.drift.sleep.SleepDiary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Session notes over the API: attendance, a draft that cannot contradict the screening in
 * force at the appointment (and keeps to that screening when a newer one arrives), sign
 * and lock, addenda in order, the list filters, and 404 for clients and other clinics.
 */
@DriftTest
class SessionNoteApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A note that keeps to the default test screening, every modification confirmed. */
	static final String KEEPS_TO_SCREENING = """
			{"subjective": {"sleepReport": "Woke twice, back asleep quickly", "sleepRating": 6, "pain": 2,
			   "stress": 7, "goals": "Unwind before bed"},
			 "objective": {"areas": [{"area": "neck", "pressure": "P2"}, {"area": "upper_back", "pressure": "P1"}],
			   "techniques": ["SWEDISH"], "position": "prone", "minutes": 55, "aromatherapy": false,
			   "confirmedModifications": %s},
			 "assessment": {"driftOff": "DRIFTED_OFF", "asleepMinutes": 15, "response": "Settled quickly"},
			 "plan": {"nextSession": "Same time next week", "homeAdvice": "Warm shower an hour before bed",
			   "changes": "None"}}""";

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
	SleepDiary diary;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	@Autowired
	SelfCare selfCare;

	Http http;

	SessionClinic clinic;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.clinic = SessionClinic.open(this.people, this.directory, this.intake,
				SessionClinic.LIGHT_PRESSURE_WOUND_NO_OILS);
		// the appointments below start after the intake
		this.clock.advance(Duration.ofHours(8));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void deepTissueAnAvoidedAreaPressureOverTheCapAndOilsAreEachRefusedAndNothingIsStored() throws Exception {
		UUID appointment = attended(Duration.ofHours(2));
		JsonNode before = read(get(appointment));
		assertThat(before.get("mandatoryModifications").toString()).contains("NO_DEEP_TISSUE", "CAP(global,P2)",
				"AVOID_AREA(left_calf)", "NO_ESSENTIAL_OILS");

		assertRefused(put(appointment, note("[]").replace("[\"SWEDISH\"]", "[\"SWEDISH\", \"DEEP_TISSUE\"]")),
				"objective.techniques", "NO_DEEP_TISSUE");
		assertRefused(put(appointment, note("[]").replace("\"upper_back\"", "\"left_calf\"")),
				"objective.areas[1].area", "AVOID_AREA(left_calf)");
		assertRefused(
				put(appointment,
						note("[]").replace("\"neck\", \"pressure\": \"P2\"", "\"neck\", \"pressure\": \"P4\"")),
				"objective.areas[0].pressure", "CAP(global,P2)");
		assertRefused(put(appointment, note("[]").replace("\"aromatherapy\": false", "\"aromatherapy\": true")),
				"objective.aromatherapy", "NO_ESSENTIAL_OILS");

		JsonNode after = read(get(appointment));
		assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
		assertThat(after.get("note")).isEqualTo(before.get("note"));
	}

	@Test
	void aDraftIsSavedAndSignedThenNeverChangesAndAddendaFollowInOrder() throws Exception {
		UUID appointment = attended(Duration.ofHours(3));
		assertThat(put(appointment, note("[]")).statusCode()).isEqualTo(200);

		HttpResponse<String> unconfirmed = post(appointment, "/note/sign", "");
		assertThat(unconfirmed.statusCode()).isEqualTo(422);
		assertThat(read(unconfirmed).get("code").asString()).isEqualTo("NOTE_INCOMPLETE");
		assertThat(unconfirmed.body()).contains("UNCONFIRMED(NO_DEEP_TISSUE)");

		JsonNode mandatory = read(get(appointment)).get("mandatoryModifications");
		assertThat(put(appointment, note(mandatory.toString())).statusCode()).isEqualTo(200);
		HttpResponse<String> signed = post(appointment, "/note/sign", "");
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		JsonNode note = read(signed);
		assertThat(note.get("status").asString()).isEqualTo("SIGNED");
		assertThat(note.get("signedBy").asString()).isEqualTo(this.clinic.therapist().actor().accountId().toString());
		assertThat(note.get("contentHash").asString()).matches("[0-9a-f]{64}");

		HttpResponse<String> edit = put(appointment, note(mandatory.toString()).replace("55", "50"));
		assertThat(edit.statusCode()).isEqualTo(409);
		assertThat(read(edit).get("code").asString()).isEqualTo("NOTE_SIGNED");
		assertThat(post(appointment, "/note/sign", "").statusCode()).isEqualTo(409);

		HttpResponse<String> first = post(appointment, "/note/addenda", "{\"text\": \"Client called: slept 8 hours\"}");
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(post(appointment, "/note/addenda", "{\"text\": \"Correction: 7 hours\"}").statusCode())
			.isEqualTo(201);
		assertThat(post(appointment, "/note/addenda", "{\"text\": \"  \"}").statusCode()).isEqualTo(422);

		JsonNode locked = read(get(appointment));
		assertThat(locked.get("note")).isEqualTo(note.get("note"));
		assertThat(locked.get("contentHash")).isEqualTo(note.get("contentHash"));
		List<String> addenda = new ArrayList<>();
		locked.get("addenda").forEach((a) -> addenda.add(a.get("number").asInt() + ":" + a.get("text").asString()));
		assertThat(addenda).containsExactly("1:Client called: slept 8 hours", "2:Correction: 7 hours");
	}

	@Test
	void theHomeRoutineChosenInTheNoteIsAssignedWhenTheNoteIsSigned() throws Exception {
		UUID appointment = attended(Duration.ofHours(3));
		JsonNode mandatory = read(get(appointment)).get("mandatoryModifications");
		String withRoutine = note(mandatory.toString()).replace("\"homeAdvice\":",
				"\"homeRoutine\": \"%s\", \"homeAdvice\":");

		HttpResponse<String> unknown = put(appointment, withRoutine.formatted("marathon"));
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("plan.homeRoutine");

		assertThat(put(appointment, withRoutine.formatted("short_10")).statusCode()).isEqualTo(200);
		assertThat(this.selfCare.settings(this.clinic.clinic().admin().actor(), this.clinic.client().clientId())
			.assignedVariant()).as("not before signing").isNotEqualTo("short_10");
		assertThat(post(appointment, "/note/sign", "").statusCode()).isEqualTo(200);

		assertThat(this.selfCare.settings(this.clinic.clinic().admin().actor(), this.clinic.client().clientId())
			.assignedVariant()).isEqualTo("short_10");
	}

	@Test
	void aScreeningRecordedAfterTheAppointmentDoesNotChangeWhatTheNoteIsCheckedAgainst() throws Exception {
		UUID appointment = attended(Duration.ofHours(2));
		JsonNode opened = read(get(appointment));
		String screening = opened.get("screeningId").asString();

		// the client's next screening: deep pressure welcome, the calf healed
		ScreenedClients.screened(this.intake, this.clinic.clinic().admin().actor(),
				this.directory.client(this.clinic.clinic().admin().actor(), this.clinic.client().clientId()),
				"{\"pressure_preference\": \"P5\"}");

		assertRefused(put(appointment, note("[]").replace("[\"SWEDISH\"]", "[\"DEEP_TISSUE\"]")),
				"objective.techniques", "NO_DEEP_TISSUE");
		assertRefused(put(appointment, note("[]").replace("\"upper_back\"", "\"left_calf\"")),
				"objective.areas[1].area", "AVOID_AREA(left_calf)");
		JsonNode still = read(get(appointment));
		assertThat(still.get("screeningId").asString()).isEqualTo(screening);
		assertThat(still.get("ruleSetVersion").asString()).isEqualTo(opened.get("ruleSetVersion").asString());

		// and a later appointment is checked against the new screening
		this.clock.advance(Duration.ofDays(2));
		UUID later = attended(Duration.ofHours(1));
		assertThat(put(later, note("[]").replace("[\"SWEDISH\"]", "[\"DEEP_TISSUE\"]")).statusCode()).isEqualTo(200);
		assertThat(read(get(later)).get("screeningId").asString()).isNotEqualTo(screening);
	}

	@Test
	void attendanceBeforeTheStartIsRefusedAndAttendedOpensTheDraftAndLinksTheNextDiaryNight() throws Exception {
		this.clock.advance(Duration.ofDays(1));
		UUID appointment = this.clinic.appointment(this.booking, this.clock, Duration.ofHours(1));
		this.clock.advance(Duration.ofDays(-1));

		HttpResponse<String> early = attendance(appointment, "ATTENDED");
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(read(early).get("code").asString()).isEqualTo("NOT_STARTED");
		assertThat(attendance(appointment, "SLEPT_IN").statusCode()).isEqualTo(400);

		this.clock.advance(Duration.ofDays(1));
		HttpResponse<String> marked = attendance(appointment, "ATTENDED");
		assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
		assertThat(read(marked).get("status").asString()).isEqualTo("ATTENDED");
		LocalDate morning = LocalDate
			.ofInstant(this.clock.instant().minus(Duration.ofHours(1)), ZoneId.of("Europe/London"))
			.plusDays(1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.diary.sessionNight(this.clinic.client().actor(), this.clinic.client().clientId(), morning)
				.map((night) -> night.appointmentId().equals(appointment))
				.orElse(false));
		assertThat(read(get(appointment)).get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aNoShowHasNoNote() throws Exception {
		UUID appointment = this.clinic.appointment(this.booking, this.clock, Duration.ofMinutes(30));
		assertThat(attendance(appointment, "NO_SHOW").statusCode()).isEqualTo(200);
		assertThat(get(appointment).statusCode()).isEqualTo(404);
	}

	@Test
	void clientsAndOtherClinicsGet404WithNothingOfTheNote() throws Exception {
		UUID appointment = attended(Duration.ofHours(2));
		assertThat(put(appointment, note("[]")).statusCode()).isEqualTo(200);
		String stranger = this.people.bearer(this.people.newTherapist(this.people.newClinic(), "Other").email());

		for (String auth : List.of(this.clinic.clientAuth(), stranger)) {
			HttpResponse<String> note = this.http.get("/api/v1/appointments/" + appointment + "/note", "Authorization",
					auth);
			assertThat(note.statusCode()).isEqualTo(404);
			assertThat(note.body()).doesNotContain("Woke twice").doesNotContain("neck");
			assertThat(this.http
				.json("PUT", "/api/v1/appointments/" + appointment + "/note", note("[]"), "Authorization", auth)
				.statusCode()).isEqualTo(404);
			assertThat(this.http
				.get("/api/v1/clients/" + this.clinic.client().clientId().value() + "/notes", "Authorization", auth)
				.statusCode()).isEqualTo(404);
			assertThat(this.http
				.json("POST", "/api/v1/appointments/" + appointment + "/attendance", "{\"status\": \"NO_SHOW\"}",
						"Authorization", auth)
				.statusCode()).isEqualTo(404);
		}
	}

	@Test
	void everyStaffReadOfANoteIsAudited() throws Exception {
		UUID appointment = attended(Duration.ofHours(2));
		long before = this.audit.count("SESSION_NOTE_READ", this.clinic.client().clientId().value());

		get(appointment);
		HttpResponse<String> notes = this.http.get(
				"/api/v1/clients/" + this.clinic.client().clientId().value() + "/notes", "Authorization",
				this.clinic.therapistAuth());

		assertThat(notes.statusCode()).isEqualTo(200);
		assertThat(read(notes)).hasSize(1);
		assertThat(this.audit.count("SESSION_NOTE_READ", this.clinic.client().clientId().value()))
			.isEqualTo(before + 2);
	}

	@Test
	void theAppointmentListFiltersByAttendanceAndNote() throws Exception {
		UUID signed = attended(Duration.ofHours(5));
		JsonNode mandatory = read(get(signed)).get("mandatoryModifications");
		put(signed, note(mandatory.toString()));
		assertThat(post(signed, "/note/sign", "").statusCode()).isEqualTo(200);
		UUID draft = attended(Duration.ofHours(3));
		UUID noShow = this.clinic.appointment(this.booking, this.clock, Duration.ofHours(1));
		attendance(noShow, "NO_SHOW");
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		String range = "/api/v1/appointments?from=" + today.minusDays(1) + "&to=" + today;

		assertThat(ids(range + "&note=SIGNED")).containsExactly(signed.toString());
		assertThat(ids(range + "&note=DRAFT")).containsExactly(draft.toString());
		assertThat(ids(range + "&note=NONE")).containsExactly(noShow.toString());
		assertThat(ids(range + "&status=ATTENDED")).containsExactlyInAnyOrder(signed.toString(), draft.toString());
		assertThat(ids(range + "&status=NO_SHOW")).containsExactly(noShow.toString());
		assertThat(ids(range + "&status=ATTENDED&note=DRAFT")).containsExactly(draft.toString());
		HttpResponse<String> all = this.http.get(range, "Authorization", this.clinic.therapistAuth());
		assertThat(read(all)).hasSize(3);
		assertThat(this.http.get(range + "&note=LOST", "Authorization", this.clinic.therapistAuth()).statusCode())
			.isEqualTo(422);
	}

	@Test
	void theOpenApiDocumentDescribesEveryNoteOperationWithASummary() {
		HttpResponse<String> response = this.http.get("/v3/api-docs", "Authorization",
				Http.basic("admin@demo.drift", "drift-demo"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode paths = read(response).get("paths");
		for (String path : List.of("/api/v1/appointments/{id}/attendance", "/api/v1/appointments/{id}/note",
				"/api/v1/appointments/{id}/note/sign", "/api/v1/appointments/{id}/note/addenda",
				"/api/v1/clients/{id}/notes")) {
			assertThat(paths.has(path)).as(path).isTrue();
			paths.get(path).forEach((operation) -> assertThat(operation.path("summary").asString("")).isNotBlank());
		}
		assertThat(paths.get("/api/v1/appointments").toString()).contains("\"note\"", "\"status\"");
	}

	// --- helpers

	private UUID attended(Duration ago) {
		UUID appointment = this.clinic.appointment(this.booking, this.clock, ago);
		HttpResponse<String> marked = attendance(appointment, "ATTENDED");
		assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
		return appointment;
	}

	private List<String> ids(String path) {
		HttpResponse<String> response = this.http.get(path, "Authorization", this.clinic.therapistAuth());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		read(response).forEach((a) -> ids.add(a.get("id").asString()));
		return ids;
	}

	static String note(String confirmed) {
		return KEEPS_TO_SCREENING.formatted(confirmed);
	}

	private static void assertRefused(HttpResponse<String> response, String field, String modification) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		JsonNode problem = read(response);
		assertThat(problem.get("code").asString()).isEqualTo("NOTE_CONTRADICTS_SCREENING");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo(modification);
	}

	private HttpResponse<String> attendance(UUID appointment, String status) {
		return post(appointment, "/attendance", "{\"status\": \"" + status + "\"}");
	}

	private HttpResponse<String> get(UUID appointment) {
		return this.http.get("/api/v1/appointments/" + appointment + "/note", "Authorization",
				this.clinic.therapistAuth());
	}

	private HttpResponse<String> put(UUID appointment, String body) {
		return this.http.json("PUT", "/api/v1/appointments/" + appointment + "/note", body, "Authorization",
				this.clinic.therapistAuth());
	}

	private HttpResponse<String> post(UUID appointment, String path, String body) {
		return this.http.json("POST", "/api/v1/appointments/" + appointment + path, body.isEmpty() ? "{}" : body,
				"Authorization", this.clinic.therapistAuth());
	}

	static JsonNode read(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
