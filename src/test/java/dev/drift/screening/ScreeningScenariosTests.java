package dev.drift.screening;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.Answers;
import dev.drift.screening.ScreeningEngine;
import dev.drift.SpecFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance: every scenario of every {@code *.json} file with schema
 * {@code drift.screening-scenarios/1} in the folder named by the system property
 * {@code drift.screening.scenarios} (default {@code ../shared/spec/}) gives exactly the
 * expected result.
 */
public class ScreeningScenariosTests {

	public static final String SCHEMA = "drift.screening-scenarios/1";

	public static final JsonMapper JSON = JsonMapper.builder().build();

	public static final ScreeningEngine ENGINE = new ScreeningEngine(Questionnaire.standard());

	@TestFactory
	List<DynamicTest> everyScenarioGivesTheExpectedResult() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Scenario scenario : scenarios()) {
			tests.add(DynamicTest.dynamicTest(scenario.id() + " " + scenario.description(), () -> {
				Answers answers = ENGINE.questionnaire().validate(scenario.answers());
				JsonNode actual = JSON.valueToTree(ENGINE.evaluate(answers));
				assertSameResult(scenario, actual);
			}));
		}
		assertThat(tests).as("scenarios found in " + directory().toAbsolutePath()).isNotEmpty();
		return tests;
	}

	public static void assertSameResult(Scenario scenario, JsonNode actual) {
		Set<String> fields = new TreeSet<>(scenario.expected().propertyNames());
		for (String field : fields) {
			assertThat(actual.get(field)).as(scenario.id() + " " + field).isEqualTo(scenario.expected().get(field));
		}
		assertThat(fields).as(scenario.id() + " expected fields")
			.containsExactlyInAnyOrder("sessionLevel", "footLevel", "diyFootLevel", "pressureCap", "triggeredRules",
					"mustIncludeModifications", "blockedPoints", "emergency", "signposts", "clearanceRules",
					"staffAlert");
	}

	public static Path directory() {
		return SpecFiles.folder("drift.screening.scenarios", "");
	}

	/**
	 * Every scenario of every scenario file in the folder, checking each file's header.
	 */
	public static List<Scenario> scenarios() throws IOException {
		List<Scenario> scenarios = new ArrayList<>();
		for (JsonNode doc : SpecFiles.scenarioDocuments(directory(), SCHEMA, ENGINE.questionnaire().ruleSetVersion())) {
			for (JsonNode scenario : doc.path("scenarios").values()) {
				scenarios.add(new Scenario(scenario.path("id").asString(), scenario.path("description").asString(""),
						scenario.get("answers"), scenario.get("expected")));
			}
		}
		return scenarios;
	}

	public record Scenario(String id, String description, JsonNode answers, JsonNode expected) {
	}

}
