package dev.drift.intake;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import dev.drift.screening.Screen;
import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import dev.drift.audit.AuditLog;
import dev.drift.people.People;
import dev.drift.people.Skill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.drift.intake.IntakeFixtures.ADMIN;
import static dev.drift.intake.IntakeFixtures.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class ClientIntakeApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	AuditLog audit;

	@Autowired
	Intake intake;

	@Autowired
	MutableClock clock;

	Http http;

	IntakeFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.fixtures = new IntakeFixtures(this.accounts, this.people);
	}

	@Test
	void aClientRecordsTheirIntakeSeesTheResultAndTheirSleepScheduleFollows() {
		IntakeFixtures.TestClient client = this.fixtures.newDemoClient();
		ObjectNode answers = Screen.with(Map.of("pregnant", "true", "pregnancy_weeks", "24", "pregnancy_complications",
				"[]", "main_sleep_start_workday", "\"23:10\"", "shift_pattern", "\"evening\""));

		HttpResponse<String> recorded = record(client, answers, client.auth());
		HttpResponse<String> read = this.http.get(client.path("/screening"), "Authorization", client.auth());

		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		JsonNode result = this.json.readTree(read.body());
		assertThat(result.get("id").asString()).isEqualTo(this.json.readTree(recorded.body()).get("id").asString());
		assertThat(result.get("sessionLevel").asString()).isEqualTo("MODIFY");
		assertThat(result.get("ruleSetVersion").asString()).isEqualTo("1.0.0");
		assertThat(result.get("answers").get("pregnancy_weeks").asInt()).isEqualTo(24);
		assertThat(result.get("messages").get(0).get("text").asString()).isNotBlank();
		var sleep = this.people.findClient(client.id()).orElseThrow().sleep();
		assertThat(sleep.workdayMainSleepStart()).isEqualTo(LocalTime.of(23, 10));
		assertThat(sleep.shiftPattern().code()).isEqualTo("evening");
		JsonNode prefill = this.json
			.readTree(this.http.get(client.path("/intake/prefill"), "Authorization", client.auth()).body());
		assertThat(prefill.get("main_sleep_start_workday").asString()).isEqualTo("23:10");
		assertThat(prefill.get("pregnant").asBoolean()).isTrue();
		var decision = this.intake.treatmentAllowed(client.id(), this.clock.instant());
		assertThat(decision.allowed()).isTrue();
		assertThat(decision.requiredSkills()).containsExactly(Skill.PRENATAL);
	}

	@Test
	void anotherClientAnotherClinicOrAMissingIdLearnNothing() {
		IntakeFixtures.TestClient owner = this.fixtures.newDemoClient();
		IntakeFixtures.TestClient stranger = this.fixtures.newDemoClient();
		record(owner, Screen.with(Map.of("anticoagulants", "true")), owner.auth());
		IntakeFixtures.OtherClinic other = this.fixtures.otherClinic();

		HttpResponse<String> byStranger = this.http.get(owner.path("/screening"), "Authorization", stranger.auth());
		HttpResponse<String> byOtherClinic = this.http.get(owner.path("/screening"), "Authorization",
				other.adminAuth());
		HttpResponse<String> missing = this.http.get("/api/v1/clients/" + UUID.randomUUID() + "/screening",
				"Authorization", stranger.auth());
		HttpResponse<String> writeByStranger = record(owner, Screen.clean(), stranger.auth());
		HttpResponse<String> clearanceByOtherClinic = this.http.json("POST", owner.path("/clearances"),
				"{\"rules\":[\"G05\"],\"givenByName\":\"Dr X\",\"givenByRole\":\"GP\",\"givenOn\":\"2026-01-01\"}",
				"Authorization", other.adminAuth());

		for (HttpResponse<String> response : java.util.List.of(byStranger, byOtherClinic, missing, writeByStranger,
				clearanceByOtherClinic)) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.body()).doesNotContain("sessionLevel", "G15", "MODIFY", "answers", "Test Client");
			assertThat(withoutInstance(response.body())).isEqualTo(withoutInstance(missing.body()));
		}
		assertThat(this.intake.latestScreening(owner.actor(), owner.id()).orElseThrow().result().triggeredRules())
			.containsExactly("F05", "G15");
	}

	@Test
	void staffReadsAreAuditedAndClientsOwnReadsAreNot() {
		IntakeFixtures.TestClient client = this.fixtures.newDemoClient();
		record(client, Screen.clean(), client.auth());
		long before = this.audit.count("SCREENING_READ", client.id().value());

		assertThat(this.http.get(client.path("/screening"), "Authorization", THERAPIST).statusCode()).isEqualTo(200);
		assertThat(this.http.get(client.path("/screening"), "Authorization", client.auth()).statusCode())
			.isEqualTo(200);

		assertThat(this.audit.count("SCREENING_READ", client.id().value())).isEqualTo(before + 1);
		assertThat(this.audit.count("INTAKE_RECORDED", client.id().value())).isEqualTo(1);
	}

	@Test
	void staffRecordTheIntakeDuringTheConsultation() {
		IntakeFixtures.TestClient client = this.fixtures.newDemoClient();

		HttpResponse<String> response = record(client, Screen.with(Map.of("fever_today", "true")), THERAPIST);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(response.body()).get("sessionLevel").asString()).isEqualTo("DEFER");
	}

	@Test
	void selfHarmThoughtsRaiseAStaffAlertForTheClinicOnly() {
		IntakeFixtures.TestClient client = this.fixtures.newDemoClient();
		record(client, Screen.with(Map.of("low_mood", "true", "self_harm_thoughts", "true")), client.auth());

		assertThat(this.intake.staffAlerts(this.fixtures.demoTherapist()))
			.anyMatch((alert) -> alert.clientId().equals(client.id()));
		assertThat(this.intake.staffAlerts(this.fixtures.otherClinic().admin()))
			.noneMatch((alert) -> alert.clientId().equals(client.id()));
		record(client, Screen.clean(), client.auth());
		assertThat(this.intake.staffAlerts(this.fixtures.demoTherapist()))
			.noneMatch((alert) -> alert.clientId().equals(client.id()));
	}

	@Test
	void noScreeningYetIsNotFoundAndTheGateSaysNoIntake() {
		IntakeFixtures.TestClient client = this.fixtures.newDemoClient();

		assertThat(this.http.get(client.path("/screening"), "Authorization", client.auth()).statusCode())
			.isEqualTo(404);
		assertThat(this.intake.treatmentAllowed(client.id(), this.clock.instant()).reason())
			.isEqualTo(TreatmentDecision.Reason.NO_INTAKE);
	}

	@Test
	void aClearanceResultBlocksTreatmentUntilAClearanceIsRecorded() {
		IntakeFixtures.TestClient client = this.fixtures.newDemoClient();
		record(client, clot(3), client.auth());
		Instant now = this.clock.instant();

		TreatmentDecision before = this.intake.treatmentAllowed(client.id(), now);
		assertThat(before.allowed()).isFalse();
		assertThat(before.reason()).isEqualTo(TreatmentDecision.Reason.CLEARANCE_REQUIRED);
		assertThat(before.missingClearances()).containsExactly("G05");

		HttpResponse<String> cleared = this.http.json("POST", client.path("/clearances"), clearance("G05", "F04"),
				"Authorization", THERAPIST);

		assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(201);
		assertThat(this.intake.treatmentAllowed(client.id(), now).allowed()).isTrue();
		assertThat(this.audit.count("CLEARANCE_RECORDED", client.id().value())).isEqualTo(1);
		assertThat(this.intake.treatmentAllowed(client.id(), now.plusSeconds(400L * 24 * 3600)).allowed())
			.as("a clearance lasts at most 12 months")
			.isFalse();
		record(client, clot(2), client.auth());
		assertThat(this.intake.treatmentAllowed(client.id(), now).reason())
			.as("a changed condition needs a new clearance")
			.isEqualTo(TreatmentDecision.Reason.CLEARANCE_REQUIRED);
	}

	@Test
	void anIncompleteClearanceIsRefusedWithEveryBadField() {
		IntakeFixtures.TestClient client = this.fixtures.newDemoClient();
		record(client, clot(3), client.auth());

		HttpResponse<String> response = this.http.json("POST", client.path("/clearances"),
				"{\"rules\":[\"G09\"],\"givenByName\":\" \",\"givenOn\":\"" + today().plusDays(2) + "\"}",
				"Authorization", THERAPIST);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("INVALID_CLEARANCE");
		assertThat(problem.get("errors").valueStream().map((e) -> e.get("field").asString()))
			.containsExactlyInAnyOrder("rules", "givenByName", "givenByRole", "givenOn");
		assertThat(this.http.json("POST", client.path("/clearances"), clearance("G05"), "Authorization", client.auth())
			.statusCode()).as("clients do not record clearances").isEqualTo(403);
	}

	@Test
	void overridesOnlyWherePermittedAndAlwaysWithAReason() {
		IntakeFixtures.TestClient client = this.fixtures.newDemoClient();
		record(client, Screen.with(Map.of("fever_today", "true", "liver_conditions", "[\"cirrhosis\"]")),
				client.auth());

		assertThat(override(client, "G01", "Fever was yesterday", THERAPIST).statusCode())
			.as("DEFER: lead therapist only")
			.isEqualTo(403);
		assertThat(override(client, "G11", " ", THERAPIST).statusCode()).isEqualTo(422);
		assertThat(override(client, "G11", "Stable for years; GP letter on file", THERAPIST).statusCode())
			.isEqualTo(201);
		assertThat(override(client, "G01", "Checked: no fever today, 36.8", ADMIN).statusCode()).isEqualTo(201);

		assertThat(this.intake.treatmentAllowed(client.id(), this.clock.instant()).allowed()).isTrue();
		assertThat(this.audit.count("OVERRIDE_RECORDED", client.id().value())).isEqualTo(2);

		record(client, Screen.with(Map.of("clot_signs_now", "true", "clot_emergency_signs", "false")), client.auth());
		HttpResponse<String> urgent = override(client, "G03", "I disagree", ADMIN);
		assertThat(urgent.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(urgent.body()).get("code").asString()).isEqualTo("OVERRIDE_NOT_PERMITTED");
		assertThat(this.intake.treatmentAllowed(client.id(), this.clock.instant()).reason())
			.isEqualTo(TreatmentDecision.Reason.URGENT);
	}

	@Test
	void aRecentClotCannotBeOverridden() {
		IntakeFixtures.TestClient client = this.fixtures.newDemoClient();
		record(client, clot(1), client.auth());

		assertThat(override(client, "G05", "Client says it is fine", ADMIN).statusCode()).isEqualTo(422);
	}

	private HttpResponse<String> override(IntakeFixtures.TestClient client, String rule, String reason, String auth) {
		return this.http.json("POST", client.path("/overrides"),
				"{\"rule\":\"" + rule + "\",\"reason\":\"" + reason + "\"}", "Authorization", auth);
	}

	private static ObjectNode clot(int monthsAgo) {
		return Screen.with(Map.of("dvt_history", "true", "dvt_current", "false", "dvt_months_ago",
				String.valueOf(monthsAgo), "dvt_limb", "\"right_leg\""));
	}

	private String clearance(String... rules) {
		return "{\"rules\":[\"" + String.join("\",\"", rules) + "\"],\"givenByName\":\"Dr Amara Patel\","
				+ "\"givenByRole\":\"GP\",\"givenOn\":\"" + today() + "\",\"limits\":\"Light pressure only\"}";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/London"));
	}

	private HttpResponse<String> record(IntakeFixtures.TestClient client, JsonNode answers, String auth) {
		ObjectNode body = this.json.createObjectNode();
		body.set("answers", answers);
		return this.http.json("POST", client.path("/intake"), this.json.writeValueAsString(body), "Authorization",
				auth);
	}

	private static String withoutInstance(String body) {
		return body.replaceAll("\"instance\":\"[^\"]*\"", "");
	}

}
