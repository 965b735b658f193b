package dev.drift.intake;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.drift.screening.Screen;
import dev.drift.screening.Questionnaire;
import dev.drift.screening.Option;
import dev.drift.screening.BodyMap;
import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.accounts.Accounts;
import dev.drift.audit.AuditLog;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.NewStaff;
import dev.drift.accounts.SignUp;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.Role;
import dev.drift.people.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class ScreeningPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Intake intake;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	static final String PASSWORD = "screening-test-pw-1";

	Http therapist;

	@BeforeEach
	void setUp() {
		this.therapist = new Http(this.port);
		this.therapist.signIn("therapist@demo.drift", "drift-demo");
	}

	@Test
	void aTherapistSeesTheBodyMapWithTheAvoidedAreaAndTheChecklist() {
		TestClient client = screened(Map.of("anticoagulants", "true", "local_issues",
				"[{\"kind\": \"fresh_injury\", \"area\": \"left_calf\", \"severity\": \"minor\"}]"));
		long before = this.audit.count("SCREENING_READ", client.id().value());

		HttpResponse<String> page = this.therapist.get("/clients/" + client.id() + "/screening");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<svg", "role=\"img\"", "aria-labelledby=\"body-map-title body-map-desc\"")
			.containsPattern("<path id=\"bm-front-left_calf\"[^>]*class=\"bm-area bm-avoid\"")
			.containsPattern("<path id=\"bm-back-left_calf\"[^>]*class=\"bm-area bm-avoid\"")
			.containsPattern("<path id=\"bm-front-right_calf\"[^>]*class=\"bm-area bm-plain\"")
			.contains("Avoid: Left lower leg (calf and shin)")
			.contains("Session sheet checklist", "Left lower leg (calf and shin): avoid completely",
					"<code class=\"rule-code\">AVOID_AREA(left_calf)</code>", "Check for bruising before and after",
					"G15");
		assertThat(this.audit.count("SCREENING_READ", client.id().value())).isGreaterThan(before);
	}

	@Test
	void theBodyMapHasAShapeForEveryBodyArea() {
		List<String> drawn = BodyMap.SHAPES.stream().map(BodyMap.Shape::area).distinct().sorted().toList();

		assertThat(drawn).containsExactlyInAnyOrderElementsOf(
				Questionnaire.standard().bodyAreas().stream().map(Option::value).toList());
	}

	@Test
	void staffOfAnotherClinicGetNotFoundAndTheBodySaysNothing() {
		TestClient client = screened(Map.of());
		Http stranger = new Http(this.port);
		stranger.signIn(otherClinicAdmin(), PASSWORD);

		HttpResponse<String> foreign = stranger.get("/clients/" + client.id() + "/screening");
		HttpResponse<String> missing = this.therapist.get("/clients/" + UUID.randomUUID() + "/screening");

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).doesNotContain("Test Client", "bm-", "Screening");
	}

	@Test
	void aClientCannotOpenTheStaffPagesOfAnotherClient() {
		TestClient other = screened(Map.of());
		Http http = clientHttp(newClient());

		HttpResponse<String> screening = http.get("/clients/" + other.id() + "/screening");
		HttpResponse<String> intake = http.get("/clients/" + other.id() + "/intake/step/1");

		assertThat(screening.statusCode()).isEqualTo(403);
		assertThat(intake.statusCode()).isEqualTo(403);
		assertThat(screening.body() + intake.body()).doesNotContain("Test Client", "bm-");
	}

	@Test
	void anUrgentResultShowsTheClinicsNumbersFirstAndAlertsStaff() {
		TestClient client = screened(Map.of("clot_signs_now", "true", "clot_emergency_signs", "true"));
		Http http = clientHttp(client);

		HttpResponse<String> result = http.get("/me/screening");
		HttpResponse<String> alerts = this.therapist.get("/intake/alerts");

		String body = result.body();
		assertThat(body).contains("Call 999 now.", "Urgent medical advice: 111");
		assertThat(body.indexOf("Call 999 now.")).isLessThan(body.indexOf("<h1"));
		assertThat(alerts.body()).contains("Screening alerts", "/clients/" + client.id());
	}

	@Test
	void aClearanceResultTellsTheClientWhatToAskAndATherapistRecordsIt() {
		TestClient client = screened(Map.of("dvt_history", "true", "dvt_current", "false", "dvt_months_ago", "3",
				"dvt_limb", "\"left_leg\""));
		HttpResponse<String> result = clientHttp(client).get("/me/screening");
		assertThat(result.body()).contains("Get your doctor’s OK first", "What to ask your doctor");

		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", this.therapist.csrf("/clients/" + client.id() + "/screening"));
		form.put("rules", "G05");
		form.put("givenByName", "Dr Rowan Hale");
		form.put("givenByRole", "GP");
		form.put("givenOn",
				LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/London")).minusDays(1).toString());
		form.put("limits", "Light pressure on the legs");
		form.put("expiresOn", "");
		HttpResponse<String> saved = this.therapist.form("/clients/" + client.id() + "/screening/clearance", form);

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.therapist.get("/clients/" + client.id() + "/screening").body()).contains("Dr Rowan Hale",
				"Light pressure on the legs");
		assertThat(this.intake.clearances(therapistActor(), client.id())).hasSize(1);
	}

	@Test
	void aDeferredClientIsToldWhenTheyCanRebook() {
		TestClient client = newClient();
		this.clock.set(Instant.parse("2026-03-10T10:00:00Z"));
		try {
			this.intake.recordIntake(client.actor(), client.id(), Screen.with(Map.of("fever_today", "true")));
		}
		finally {
			this.clock.reset();
		}

		HttpResponse<String> result = clientHttp(client).get("/me/screening");

		assertThat(result.body()).contains("Wait, then rebook", "When you can rebook",
				"From Wednesday 11 March 2026 at the earliest", "/booking/slots?service=consultation");
		assertThat(result.body()).doesNotContain("href=\"/booking\"");
	}

	@Test
	void anOverrideWithoutAReasonIsRefusedWithAMessage() {
		TestClient client = screened(Map.of("dvt_history", "true", "dvt_current", "false", "dvt_months_ago", "3",
				"dvt_limb", "\"left_leg\""));
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", this.therapist.csrf("/clients/" + client.id() + "/screening"));
		form.put("rule", "G05");
		form.put("reason", "  ");

		HttpResponse<String> response = this.therapist.form("/clients/" + client.id() + "/screening/override", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Write the reason");
		assertThat(this.intake.clearances(therapistActor(), client.id())).isEmpty();
	}

	private TestClient screened(Map<String, String> changes) {
		TestClient client = newClient();
		this.intake.recordIntake(client.actor(), client.id(), Screen.with(changes));
		return client;
	}

	private Http clientHttp(TestClient client) {
		Http http = new Http(this.port);
		http.signIn(client.email(), PASSWORD);
		return http;
	}

	private TestClient newClient() {
		String email = "screening-" + UUID.randomUUID() + "@test.example";
		ClinicId clinic = this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId();
		AccountView account = this.accounts
			.signUp(new SignUp(clinic, "Test Client", email, PASSWORD, ZoneId.of("Europe/London"), true));
		return new TestClient(account.clientId(), email,
				new Actor(account.id(), clinic, Role.CLIENT, account.clientId(), null));
	}

	private String otherClinicAdmin() {
		String email = "admin-" + UUID.randomUUID() + "@other.example";
		ClinicProfile other = this.people
			.openClinic(new ClinicDetails("Other Clinic", ZoneId.of("Europe/London"), Locale.UK, "GBP",
					new EmergencyNumbers("111", "999"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		this.accounts.createFirstAdmin(other.id(), new NewStaff("Other Admin", email, Role.ADMIN, PASSWORD));
		return email;
	}

	private Actor therapistActor() {
		AccountView therapist = this.accounts.findByEmail("therapist@demo.drift").orElseThrow();
		return new Actor(therapist.id(), therapist.clinicId(), Role.THERAPIST, null, therapist.therapistId());
	}

	record TestClient(ClientId id, String email, Actor actor) {
	}

}
