package dev.drift.selfcare;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import dev.drift.intake.Intake;
import dev.drift.intake.NewClearance;
import dev.drift.people.Actor;
import dev.drift.people.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine and its log over the API: another client's (or clinic's) routine and log
 * answer 404 with nothing in the body (acceptance 4); a log is stored with the diary
 * night it precedes; a bad log is a 422 naming each field; the gate lets the foot steps
 * back once the clearance is recorded.
 */
@DriftTest
class SelfCareApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	People directory;

	@Autowired
	Intake intake;

	@Autowired
	MutableClock clock;

	Http http;

	Actor admin;

	Person ada;

	String adaAuth;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.admin = this.people.actor("admin@demo.drift");
		this.ada = this.people.newClient();
		this.adaAuth = this.people.bearer(this.ada.email());
		ScreenedClients.cleared(this.intake, this.admin, this.directory.findClient(this.ada.clientId()).orElseThrow());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anotherClientsRoutineAndLogAnswer404WithNothingInTheBody() {
		Person bo = this.people.newClient();
		String bob = this.people.bearer(bo.email());
		String base = "/api/v1/clients/" + this.ada.clientId().value() + "/routine";
		TestClinic other = this.people.newClinic();
		String otherAdmin = this.people.bearer(other.admin().email());

		for (String auth : List.of(bob, otherAdmin)) {
			assertEmpty404(this.http.get(base, "Authorization", auth));
			assertEmpty404(this.http.get(base + "?variant=short_10", "Authorization", auth));
			assertEmpty404(this.http.get(base + "/log", "Authorization", auth));
			assertEmpty404(this.http.json("POST", base + "/log",
					"{\"variant\":\"standard_15\",\"completed\":true,\"seconds\":900}", "Authorization", auth));
		}
		assertEmpty404(
				this.http.get("/api/v1/clients/" + java.util.UUID.randomUUID() + "/routine", "Authorization", bob));
	}

	@Test
	void aLoggedRoutineIsLinkedToTheFollowingDiaryNight() {
		// Wednesday 18 November 2026, 21:10 in London: bedtime 22:30, the diary night is
		// the 19th
		this.clock.set(LocalDate.of(2026, 11, 18).atTime(21, 10).atZone(TestPeople.LONDON).toInstant());
		String base = "/api/v1/clients/" + this.ada.clientId().value() + "/routine";

		HttpResponse<String> created = this.http.json("POST", base + "/log",
				"{\"variant\":\"short_10\",\"completed\":false,\"seconds\":300,\"relaxation\":7}", "Authorization",
				this.adaAuth);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode log = JSON.readTree(created.body());
		assertThat(log.get("eveningDate").asString()).isEqualTo("2026-11-18");
		assertThat(log.get("nightDate").asString()).isEqualTo("2026-11-19");
		JsonNode logs = JSON.readTree(this.http.get(base + "/log", "Authorization", this.adaAuth).body());
		assertThat(logs).hasSize(1);
		assertThat(logs.get(0).get("variant").asString()).isEqualTo("short_10");
		assertThat(logs.get(0).get("completed").asBoolean()).isFalse();
		assertThat(logs.get(0).get("relaxation").asInt()).isEqualTo(7);
	}

	@Test
	void aBadLogIsA422NamingEveryField() {
		HttpResponse<String> response = this.http.json("POST",
				"/api/v1/clients/" + this.ada.clientId().value() + "/routine/log",
				"{\"variant\":\"long_60\",\"seconds\":0,\"relaxation\":11}", "Authorization", this.adaAuth);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("INVALID_ROUTINE_LOG");
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("variant", "completed", "seconds",
				"relaxation");
	}

	@Test
	void staffReadTheRoutineButDoNotLogForTheClient() {
		String therapist = this.people.bearer("therapist@demo.drift");
		String base = "/api/v1/clients/" + this.ada.clientId().value() + "/routine";

		assertThat(this.http.get(base, "Authorization", therapist).statusCode()).isEqualTo(200);
		assertThat(this.http
			.json("POST", base + "/log", "{\"variant\":\"standard_15\",\"completed\":true,\"seconds\":900}",
					"Authorization", therapist)
			.statusCode()).isEqualTo(403);
	}

	@Test
	void theFootStepsComeBackOnceTheClearanceIsRecorded() {
		Person cy = this.people.newClient();
		String auth = this.people.bearer(cy.email());
		ScreenedClients.screened(this.intake, this.admin, this.directory.findClient(cy.clientId()).orElseThrow(),
				"{\"foot_circulation\": true}");
		String base = "/api/v1/clients/" + cy.clientId().value() + "/routine";
		JsonNode before = JSON.readTree(this.http.get(base, "Authorization", auth).body());
		assertThat(before.get("gate").get("reason").asString()).isEqualTo("CLEARANCE_NOT_RECORDED");
		assertThat(before.get("variant").asString()).isEqualTo("hands_breath");
		assertThat(before.get("totalSeconds").asInt()).isEqualTo(360);

		this.intake.recordClearance(this.admin, cy.clientId(), new NewClearance(List.of("F08"), "Dr Helen Price", "GP",
				LocalDate.ofInstant(this.clock.instant(), TestPeople.LONDON), null, null));

		JsonNode after = JSON.readTree(this.http.get(base, "Authorization", auth).body());
		assertThat(after.get("gate").get("reason").asString()).isEqualTo("CLEARED");
		assertThat(after.get("variant").asString()).isEqualTo("standard_15");
		assertThat(after.get("totalSeconds").asInt()).isEqualTo(900);
	}

	@Test
	void anUnknownVariantIsA422() {
		HttpResponse<String> response = this.http.get(
				"/api/v1/clients/" + this.ada.clientId().value() + "/routine?variant=long_60", "Authorization",
				this.adaAuth);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("INVALID_VARIANT");
	}

	@Test
	void theOpenApiDocumentHasEachRoutineOperationWithASummary() {
		JsonNode paths = JSON
			.readTree(
					this.http.get("/v3/api-docs", "Authorization", Http.basic("admin@demo.drift", "drift-demo")).body())
			.get("paths");

		JsonNode routine = paths.get("/api/v1/clients/{clientId}/routine");
		JsonNode log = paths.get("/api/v1/clients/{clientId}/routine/log");
		assertThat(routine.get("get").get("summary").asString()).contains("routine for tonight");
		assertThat(log.get("post").get("summary").asString()).isNotBlank();
		assertThat(log.get("get").get("summary").asString()).isNotBlank();
	}

	/**
	 * The same problem as for a missing client: {@code NOT_FOUND}, nothing of the routine
	 * or the log.
	 */
	private static void assertEmpty404(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(response.body()).doesNotContain("steps", "variant", "gate", "nightDate", "seconds");
	}

}
