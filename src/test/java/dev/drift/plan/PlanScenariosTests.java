package dev.drift.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.drift.SpecFiles;
import dev.drift.screening.Questionnaire;
import dev.drift.screening.ScreeningEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance: every scenario of every {@code *.json} file with schema
 * {@code drift.plan-scenarios/1} in the folder named by {@code -Ddrift.plan.scenarios}
 * (default {@code ../shared/spec}, else the in-repo copy) gives exactly its
 * {@code expected} recommendation.
 */
public class PlanScenariosTests {

	static final String SCHEMA = "drift.plan-scenarios/1";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Recommender RECOMMENDER = new Recommender(new ScreeningEngine(Questionnaire.standard()));

	static final List<String> OUTPUT_FIELDS = List.of("blocked", "sessionLevel", "profile", "techniques", "pressure",
			"minutes", "footAddOnMinutes", "aromatherapy", "sleepFocus", "requiredSkill", "phase", "sessionsPerWeek",
			"weeks", "reviewAtSession", "maintenance", "signposts", "modifications", "reasons");

	@TestFactory
	List<DynamicTest> everyScenarioGivesTheExpectedRecommendation() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Scenario scenario : scenarios()) {
			tests.add(DynamicTest.dynamicTest(scenario.id() + " " + scenario.title(),
					() -> assertSameRecommendation(scenario,
							JSON.valueToTree(RECOMMENDER.recommend(scenario.input())))));
		}
		assertThat(tests).as("plan scenarios found in " + directory().toAbsolutePath()).isNotEmpty();
		return tests;
	}

	/**
	 * Each expected field exactly (objects by key, arrays in order), and nothing else.
	 */
	static void assertSameRecommendation(Scenario scenario, JsonNode actual) {
		assertThat(scenario.expected().propertyNames()).as(scenario.id() + " expected fields")
			.containsExactlyInAnyOrderElementsOf(OUTPUT_FIELDS);
		for (String field : OUTPUT_FIELDS) {
			assertThat(actual.get(field)).as(scenario.id() + " " + field).isEqualTo(scenario.expected().get(field));
		}
	}

	static Path directory() {
		return SpecFiles.folder("drift.plan.scenarios", "");
	}

	/** Every scenario of every plan scenario file in the folder, checking each header. */
	static List<Scenario> scenarios() throws IOException {
		List<Scenario> scenarios = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (JsonNode doc : SpecFiles.scenarioDocuments(directory(), SCHEMA,
				Questionnaire.standard().ruleSetVersion())) {
			for (JsonNode scenario : doc.path("scenarios").values()) {
				String id = scenario.path("id").asString();
				assertThat(ids.add(id)).as("scenario id " + id + " is unique across files").isTrue();
				scenarios.add(new Scenario(id, scenario.path("title").asString(""), scenario.get("input"),
						scenario.get("expected")));
			}
		}
		return scenarios;
	}

	record Scenario(String id, String title, JsonNode input, JsonNode expected) {
	}

}
