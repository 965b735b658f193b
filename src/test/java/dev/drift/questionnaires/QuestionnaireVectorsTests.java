package dev.drift.questionnaires;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.drift.shared.InvalidInputException;
import dev.drift.sleep.VectorFiles;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * Conformance of ISI and PSQI: every questionnaire vector of every {@code *.json} file in
 * the folder named by {@code -Ddrift.sleep.vectors} (default
 * {@code ../shared/spec/vectors}) against the scoring, with the comparison rules of spec
 * §0. One dynamic test per vector.
 * <p>
 * Run:
 * {@code ./mvnw test -Dtest=QuestionnaireVectorsTests -Ddrift.sleep.vectors=SOME/DIR}
 */
class QuestionnaireVectorsTests {

	@TestFactory
	Stream<DynamicNode> everyVectorFileInTheFolder() {
		List<Path> files = VectorFiles.files();
		assertThat(files).as("vector files in " + VectorFiles.folder().toAbsolutePath()).isNotEmpty();
		return files.stream().map(QuestionnaireVectorsTests::file);
	}

	private static DynamicNode file(Path path) {
		JsonNode file = VectorFiles.read(path);
		String schema = file.path("schema").asString("");
		String name = path.getFileName().toString();
		List<DynamicNode> tests = new ArrayList<>();
		switch (schema) {
			case VectorFiles.PSQI -> VectorFiles.list(file, "vectors")
				.forEach((v) -> tests.add(DynamicTest.dynamicTest(id(v), () -> checkPsqi(v))));
			case VectorFiles.ISI -> {
				VectorFiles.list(file, "vectors")
					.forEach((v) -> tests.add(DynamicTest.dynamicTest(id(v), () -> checkIsi(v))));
				VectorFiles.list(file, "changeVectors")
					.forEach((v) -> tests.add(DynamicTest.dynamicTest(id(v), () -> checkIsiChange(v))));
			}
			case VectorFiles.DIARY -> {
				// the sleep module's (SleepVectorsTests)
			}
			default -> tests.add(
					DynamicTest.dynamicTest("known schema", () -> fail(name + " has unknown schema '" + schema + "'")));
		}
		return DynamicContainer.dynamicContainer(name + " (" + tests.size() + ")", tests);
	}

	static void checkPsqi(JsonNode vector) {
		PsqiScore score = PsqiScoring.score(PsqiAnswers.fromJson(vector.get("input")));
		VectorFiles.assertMatches(id(vector), vector.get("expected"), VectorFiles.JSON.valueToTree(score));
	}

	static void checkIsi(JsonNode vector) {
		JsonNode expected = vector.get("expected");
		if (expected.has("error")) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> IsiAnswers.fromJson(vector.get("input")))
				.satisfies((ex) -> assertThat(ex.code()).as(id(vector)).isEqualTo(expected.get("error").asString()));
			return;
		}
		IsiScore score = IsiScore.of(IsiAnswers.fromJson(vector.get("input")));
		VectorFiles.assertMatches(id(vector), expected, VectorFiles.JSON.valueToTree(score));
	}

	static void checkIsiChange(JsonNode vector) {
		IsiChange change = IsiChange.fromJson(vector.get("input"));
		VectorFiles.assertMatches(id(vector), vector.get("expected"), VectorFiles.JSON.valueToTree(change));
	}

	private static String id(JsonNode vector) {
		return vector.path("id").asString("?");
	}

}
