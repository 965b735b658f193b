package dev.drift.plan;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/plans/recommend}: every plan scenario's {@code input} gives its
 * {@code expected} fields with the same names and values; invalid input is a 422 problem
 * with the screening's field list; only staff may ask.
 */
@DriftTest
class PlanApiTests {

	/** The demo therapist's API token, issued once for the class. */
	static String THERAPIST;

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		if (THERAPIST == null) {
			THERAPIST = this.people.bearer("therapist@demo.drift");
		}
	}

	@TestFactory
	List<DynamicTest> everyScenarioPassesThroughTheApi() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (PlanScenariosTests.Scenario scenario : PlanScenariosTests.scenarios()) {
			tests.add(DynamicTest.dynamicTest(scenario.id(), () -> {
				HttpResponse<String> response = recommend(scenario.input().toString(), THERAPIST);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				PlanScenariosTests.assertSameRecommendation(scenario,
						PlanScenariosTests.JSON.readTree(response.body()));
			}));
		}
		return tests;
	}

	@Test
	void noGoalsIsA422ProblemNamingTheFieldAndItsCode() throws Exception {
		ObjectNode input = RecommenderTests.validInput();
		((ObjectNode) input.get("answers")).putArray("goals");

		HttpResponse<String> response = recommend(input.toString(), THERAPIST);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = PlanScenariosTests.JSON.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("INVALID_ANSWERS");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("answers.goals");
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("TOO_FEW");
	}

	@Test
	void aBodyThatIsNotAnObjectIsA422() {
		assertThat(recommend("[]", THERAPIST).statusCode()).isEqualTo(422);
	}

	@Test
	void clientsMayNotAskForARecommendation() throws Exception {
		String client = this.people.newClient().basicAuth();

		HttpResponse<String> response = recommend(RecommenderTests.validInput().toString(), client);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("profile");
	}

	private HttpResponse<String> recommend(String body, String auth) {
		return this.http.json("POST", "/api/v1/plans/recommend", body, "Authorization", auth);
	}

}
