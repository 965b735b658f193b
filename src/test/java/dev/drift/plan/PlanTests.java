package dev.drift.plan;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import dev.drift.audit.AuditLog;
import dev.drift.intake.Intake;
import dev.drift.intake.NewClearance;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client's plan over the API: created from the latest screening, adjusted in versions,
 * never contradicting the screening (nothing stored when it would), re-checked when the
 * screening changes, and unreachable for anyone but the client and their clinic's staff.
 */
@DriftTest
class PlanTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	People directory;

	@Autowired
	Intake intake;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void aTherapistCreatesAPlanFromTheClientsScreeningAndTheFirstVersionIsKept() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Tess Plan");
		ClientProfile client = screened(clinic, "{}");

		HttpResponse<String> created = post(therapist, client, "", "{\"fromRecommendation\": true}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode plan = this.json.readTree(created.body());
		assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
		assertThat(plan.at("/recommendation/profile").asString()).as("first visit").isEqualTo("T7");
		assertThat(plan.at("/recommendation/phase").asString()).as("long-term sleep trouble").isEqualTo("A");
		assertThat(plan.at("/terms/minutes").asInt()).isEqualTo(60);
		assertThat(plan.at("/terms/reviewAtSession").asInt()).isEqualTo(6);
		assertThat(plan.get("versions")).hasSize(1);
		assertThat(plan.at("/versions/0/reason").asString()).isEqualTo("Created from the recommendation");
		assertThat(get(therapist, client, "").body()).contains(plan.get("id").asString());
	}

	@Test
	void anAdjustmentIsANewVersionWithWhoWhenAndWhy() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Tess Plan");
		ClientProfile client = screened(clinic, "{}");
		String id = id(post(therapist, client, "", "{}"));

		HttpResponse<String> adjusted = post(therapist, client, "/" + id + "/adjustments",
				"{\"adjustments\": {\"minutes\": 45}, \"reason\": \"Client prefers a shorter session\"}");

		assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(200);
		JsonNode plan = this.json.readTree(adjusted.body());
		assertThat(plan.at("/terms/minutes").asInt()).isEqualTo(45);
		assertThat(plan.at("/recommendation/minutes").asInt()).isEqualTo(60);
		assertThat(plan.get("versions")).hasSize(2);
		assertThat(plan.at("/versions/0/reason").asString()).isEqualTo("Client prefers a shorter session");
		assertThat(plan.at("/versions/0/changedBy").asString()).isEqualTo(therapist.actor().accountId().toString());
		assertThat(
				post(therapist, client, "/" + id + "/adjustments", "{\"adjustments\": {\"minutes\": 50}}").statusCode())
			.as("a change needs a reason")
			.isEqualTo(422);
	}

	@Test
	void pressureAboveTheCapOrDeepTissueUnderNoDeepTissueIsRefusedAndNothingIsStored() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Tess Plan");
		ClientProfile client = screened(clinic,
				"{\"anticoagulants\": true, \"desk_bound\": true, \"pressure_preference\": \"P5\"}");

		assertContradicts(post(therapist, client, "", """
				{"adjustments": {"pressure": {"default": "P3", "max": "P4"}}, "reason": "Asked for firm pressure"}"""),
				"CAP(global,P2)");
		assertContradicts(post(therapist, client, "", """
				{"adjustments": {"techniques": ["DEEP_TISSUE", "SWEDISH"]}, "reason": "Knots"}"""), "NO_DEEP_TISSUE");
		assertContradicts(post(therapist, client, "", """
				{"adjustments": {"modifications": ["CAP(global,P2)", "NO_DEEP_TISSUE", "NO_PERCUSSION"]},
				 "reason": "No bruises seen"}"""), "BRUISE_CHECK");
		assertThat(plans(client)).as("nothing stored").isZero();
	}

	@Test
	void aSessionLongerThanTheOncologyTeamsLimitIsRefused() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Tess Plan");
		ClientProfile client = screened(clinic,
				"""
						{"cancer_status": "in_treatment", "cancer_treatments": ["chemotherapy"], "cancer_affected_areas": ["chest"],
						 "oncology_max_minutes": 30, "cancer_bone_spread": false, "cancer_low_counts": false}""");
		this.intake.recordClearance(clinic.admin().actor(), client.id(), new NewClearance(List.of("G12"), "Dr Ona Cole",
				"oncologist", LocalDate.now(this.clock.withZone(TestPeople.LONDON)), null, null));
		String id = id(post(therapist, client, "", "{}"));

		assertContradicts(post(therapist, client, "/" + id + "/adjustments",
				"{\"adjustments\": {\"minutes\": 60}, \"reason\": \"Feels well\"}"), "MAX_MINUTES(30)");
		JsonNode plan = this.json.readTree(get(therapist, client, "/" + id).body());
		assertThat(plan.at("/terms/minutes").asInt()).isEqualTo(30);
		assertThat(plan.get("versions")).as("nothing stored").hasSize(1);
	}

	@Test
	void aScreeningChangeThatContradictsAnOpenPlanFlagsIt() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Tess Plan");
		ClientProfile client = screened(clinic, "{}");
		String id = id(post(therapist, client, "", "{}"));

		ScreenedClients.screened(this.intake, clinic.admin().actor(), client, "{\"anticoagulants\": true}");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.json.readTree(get(therapist, client, "/" + id).body()).get("flag").asString(""))
				.contains("CAP(global,P2)"));
	}

	@Test
	void anotherClientsOrClinicsPlanIdAnswers404WithNothingInTheBodyAndStaffReadsAreAudited() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Tess Plan");
		ClientProfile client = screened(clinic, "{}");
		ClientProfile neighbour = screened(clinic, "{}");
		String id = id(post(therapist, client, "", "{}"));
		Person foreignStaff = this.people.newClinic().admin();
		Person neighbourLogin = this.people.newClient(clinic.id(), "Nosy Neighbour");

		for (HttpResponse<String> response : List.of(get(therapist, neighbour, "/" + id),
				get(foreignStaff, client, "/" + id), get(foreignStaff, client, ""),
				this.http.get("/api/v1/clients/" + client.id().value() + "/plans/" + id, "Authorization",
						neighbourLogin.basicAuth()))) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(this.json.readTree(response.body()).get("code").asString()).isEqualTo("NOT_FOUND");
			assertThat(response.body()).doesNotContain("recommendation")
				.doesNotContain("terms")
				.doesNotContain("DRAFT");
		}
		long before = this.audit.count("PLAN_READ", client.id().value());
		get(therapist, client, "/" + id);
		assertThat(this.audit.count("PLAN_READ", client.id().value())).isEqualTo(before + 1);
	}

	private void assertContradicts(HttpResponse<String> response, String modification) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("PLAN_CONTRADICTS_SCREENING");
		assertThat(problem.get("detail").asString()).contains(modification);
	}

	private ClientProfile screened(TestClinic clinic, String changes) {
		Person person = this.people.newClient(clinic.id(), "Pat Plan");
		ClientProfile client = this.directory.findClient(person.clientId()).orElseThrow();
		return ScreenedClients.screened(this.intake, clinic.admin().actor(), client, changes);
	}

	private HttpResponse<String> post(Person staff, ClientProfile client, String path, String body) {
		return this.http.json("POST", "/api/v1/clients/" + client.id().value() + "/plans" + path, body, "Authorization",
				staff.basicAuth());
	}

	private HttpResponse<String> get(Person caller, ClientProfile client, String path) {
		return this.http.get("/api/v1/clients/" + client.id().value() + "/plans" + path, "Authorization",
				caller.basicAuth());
	}

	private String id(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return this.json.readTree(created.body()).get("id").asString();
	}

	private long plans(ClientProfile client) {
		return this.jdbc.sql("select count(*) from plan_plan where client_id = :client")
			.param("client", client.id().value())
			.query(Long.class)
			.single();
	}

}
