package dev.drift.intake;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.drift.screening.MalformedAnswers;
import dev.drift.screening.ScreeningScenariosTests;
import dev.drift.screening.Screen;
import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.accounts.Accounts;
import dev.drift.people.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class ScreeningApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	TestPeople testPeople;

	Http http;

	static IntakeFixtures.TestClient client;

	IntakeFixtures fixtures;

	/**
	 * The demo therapist's API token, issued once for the class (Basic pays for BCrypt
	 * per request).
	 */
	static String THERAPIST;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		if (THERAPIST == null) {
			THERAPIST = this.testPeople.bearer("therapist@demo.drift");
		}
		this.fixtures = new IntakeFixtures(this.accounts, this.people);
	}

	@TestFactory
	List<DynamicTest> everyScenarioPassesThroughTheApi() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (ScreeningScenariosTests.Scenario scenario : ScreeningScenariosTests.scenarios()) {
			tests.add(DynamicTest.dynamicTest(scenario.id(), () -> {
				HttpResponse<String> response = evaluate(scenario.answers(), THERAPIST);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				JsonNode body = this.json.readTree(response.body());
				ScreeningScenariosTests.assertSameResult(scenario, body);
				assertThat(body.get("ruleSetVersion").asString()).isEqualTo("1.0.0");
				assertThat(body.get("messages").size()).isEqualTo(messageCount(body));
			}));
		}
		return tests;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.drift.screening.MalformedAnswers#all")
	void malformedAnswersAreRefusedWithEveryBadFieldAndNothingIsStored(String name, ObjectNode answers,
			List<String> badFields) {
		long before = screenings();
		IntakeFixtures.TestClient client = sharedClient();

		HttpResponse<String> evaluated = evaluate(answers, THERAPIST);
		HttpResponse<String> recorded = this.http.json("POST", client.path("/intake"), body(answers), "Authorization",
				client.auth());

		for (HttpResponse<String> response : List.of(evaluated, recorded)) {
			assertThat(response.statusCode()).as(name).isEqualTo(422);
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.get("code").asString()).isEqualTo("INVALID_ANSWERS");
			assertThat(problem.get("errors").valueStream().map((e) -> e.get("field").asString()).toList())
				.containsExactlyInAnyOrderElementsOf(badFields);
		}
		assertThat(screenings()).isEqualTo(before);
	}

	@Test
	void evaluationStoresNothing() {
		long before = screenings();

		assertThat(evaluate(Screen.clean(), THERAPIST).statusCode()).isEqualTo(200);

		assertThat(screenings()).isEqualTo(before);
	}

	@Test
	void aBodyWithoutAnswersIsInvalid() {
		HttpResponse<String> response = this.http.json("POST", "/api/v1/screening/evaluate", "{}", "Authorization",
				THERAPIST);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(response.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("answers");
	}

	@Test
	void clientsCannotUseTheStatelessEvaluation() {
		assertThat(evaluate(Screen.clean(), sharedClient().auth()).statusCode()).isEqualTo(403);
		assertThat(this.http.json("POST", "/api/v1/screening/evaluate", body(Screen.clean())).statusCode())
			.isEqualTo(401);
	}

	@Test
	void urgentResultsShowTheClinicsNumbers() {
		JsonNode body = this.json
			.readTree(evaluate(Screen.with(java.util.Map.of("clot_signs_now", "true", "clot_emergency_signs", "true")),
					THERAPIST)
				.body());

		assertThat(body.get("emergency").asBoolean()).isTrue();
		assertThat(body.get("emergencyNumber").asString()).isEqualTo("999");
		assertThat(body.get("nextStep").asString()).contains("999");
		assertThat(body.get("messages").valueStream().map((m) -> m.get("text").asString()))
			.anyMatch((text) -> text.contains("Please call 999"));
	}

	private IntakeFixtures.TestClient sharedClient() {
		if (client == null) {
			client = this.fixtures.newDemoClient();
		}
		return client;
	}

	private int messageCount(JsonNode body) {
		return (int) body.get("messages").valueStream().map((m) -> m.get("text").asString()).distinct().count();
	}

	private HttpResponse<String> evaluate(JsonNode answers, String auth) {
		return this.http.json("POST", "/api/v1/screening/evaluate", body(answers), "Authorization", auth);
	}

	private String body(JsonNode answers) {
		ObjectNode body = this.json.createObjectNode();
		body.set("answers", answers);
		return this.json.writeValueAsString(body);
	}

	private long screenings() {
		return this.jdbc.sql("select count(*) from intake_screening").query(Long.class).single();
	}

}
