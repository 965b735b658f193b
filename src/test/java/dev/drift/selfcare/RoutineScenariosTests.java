package dev.drift.selfcare;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.SpecFiles;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import dev.drift.intake.Intake;
import dev.drift.screening.Questionnaire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 1: for every screening scenario of every {@code *.json} file with schema
 * {@code drift.screening-scenarios/1} in the folder named by {@code -Ddrift.scenarioDir}
 * (default {@code ../shared/spec}, else the in-repo copy), a client whose intake has the
 * scenario's answers gets, from {@code GET /api/v1/clients/{id}/routine}: the foot steps
 * hidden exactly when {@code diyFootLevel} is CLEARANCE (none recorded in the scenarios),
 * DEFER or URGENT (or both feet are avoided), and then {@code hands_breath}, with
 * {@code short_10} refused; LR3 absent for pregnant clients; no blocked point among the
 * steps; {@code standard_15} totalling 900 s and {@code short_10} 620 s where nothing
 * shortens them.
 */
@DriftTest
class RoutineScenariosTests {

	static final String SCHEMA = "drift.screening-scenarios/1";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Set<String> BLOCKING = Set.of("CLEARANCE", "DEFER", "URGENT");

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	Intake intake;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@TestFactory
	List<DynamicTest> everyScreeningScenarioGatesTheRoutine() throws IOException {
		TestClinic clinic = this.people.newClinic();
		List<DynamicTest> tests = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Path folder = SpecFiles.folder("drift.scenarioDir", "");
		for (JsonNode doc : SpecFiles.scenarioDocuments(folder, SCHEMA, Questionnaire.standard().ruleSetVersion())) {
			for (JsonNode scenario : doc.path("scenarios").values()) {
				String id = scenario.path("id").asString();
				assertThat(ids.add(id)).as("scenario id " + id + " is unique across files").isTrue();
				tests.add(DynamicTest.dynamicTest(id, () -> check(clinic, scenario)));
			}
		}
		assertThat(tests).as("screening scenarios in " + folder.toAbsolutePath()).isNotEmpty();
		return tests;
	}

	private void check(TestClinic clinic, JsonNode scenario) {
		Person client = this.people.newClient(clinic.id(), "Sam Scenario");
		String auth = this.people.bearer(client.email());
		this.intake.recordIntake(clinic.admin().actor(), client.clientId(), scenario.get("answers"));
		JsonNode expected = scenario.get("expected");
		String level = expected.get("diyFootLevel").asString();
		List<String> mods = strings(expected.get("mustIncludeModifications"));
		List<String> blocked = strings(expected.get("blockedPoints"));
		boolean bothFeetAvoided = mods.contains("AVOID_AREA(left_foot)") && mods.contains("AVOID_AREA(right_foot)");
		boolean hidden = BLOCKING.contains(level) || bothFeetAvoided;
		boolean pregnant = scenario.get("answers").path("pregnant").asBoolean(false);

		JsonNode routine = get(client, auth, "");
		assertThat(routine.get("gate").get("diyFootLevel").asString()).isEqualTo(level);
		assertThat(routine.get("footStepsShown").asBoolean()).as("foot steps shown").isEqualTo(!hidden);
		assertThat(routine.get("variant").asString()).isEqualTo(hidden ? "hands_breath" : "standard_15");
		assertThat(strings(routine.get("blockedPoints"))).isEqualTo(blocked);
		List<String> steps = new ArrayList<>();
		int total = 0;
		for (JsonNode step : routine.get("steps")) {
			steps.add(step.get("id").asString());
			total += step.get("seconds").asInt() * Math.max(1, step.get("sides").size());
		}
		assertThat(routine.get("totalSeconds").asInt()).isEqualTo(total);
		for (String point : List.of("KI1", "LR3", "HT7")) {
			if (blocked.contains(point) || blocked.contains("ALL")) {
				assertThat(steps).as("blocked point " + point).doesNotContain("point_" + point);
			}
		}
		if (pregnant) {
			assertThat(steps).doesNotContain("point_LR3");
		}
		if (hidden) {
			assertThat(steps).doesNotContain("wash", "arch_heel", "toes", "ball", "reflex", "sweep", "point_KI1",
					"point_LR3", "finish");
			HttpResponse<String> refused = this.http.get(
					"/api/v1/clients/" + client.clientId().value() + "/routine?variant=short_10", "Authorization",
					auth);
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("ROUTINE_VARIANT_BLOCKED");
			return;
		}
		assertThat(steps).contains("wash", "arch_heel", "toes", "ball", "reflex", "sweep", "finish");
		boolean untouched = !pregnant && blocked.isEmpty()
				&& mods.stream()
					.noneMatch((m) -> m.startsWith("AVOID_AREA(" + "left_foot") || m.startsWith("AVOID_AREA(right_foot")
							|| m.matches("AVOID_AREA\\((left|right)_(hand|arm)\\)"));
		if (untouched) {
			assertThat(routine.get("totalSeconds").asInt()).isEqualTo(900);
			assertThat(get(client, auth, "?variant=short_10").get("totalSeconds").asInt()).isEqualTo(620);
		}
	}

	private JsonNode get(Person client, String auth, String query) {
		HttpResponse<String> response = this.http
			.get("/api/v1/clients/" + client.clientId().value() + "/routine" + query, "Authorization", auth);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

}
