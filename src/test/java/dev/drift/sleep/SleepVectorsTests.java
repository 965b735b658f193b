package dev.drift.sleep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Conformance of the sleep diary: every diary vector of every {@code *.json} file in the
 * folder named by {@code -Ddrift.sleep.vectors} (default {@code ../shared/spec/vectors})
 * against the scoring, with the comparison rules of spec §0. One dynamic test per vector.
 * <p>
 * Run: {@code ./mvnw test -Dtest=SleepVectorsTests -Ddrift.sleep.vectors=SOME/DIR}
 */
class SleepVectorsTests {

	@TestFactory
	Stream<DynamicNode> everyVectorFileInTheFolder() {
		List<Path> files = VectorFiles.files();
		assertThat(files).as("vector files in " + VectorFiles.folder().toAbsolutePath()).isNotEmpty();
		return files.stream().map(SleepVectorsTests::file);
	}

	private static DynamicNode file(Path path) {
		JsonNode file = VectorFiles.read(path);
		String schema = file.path("schema").asString("");
		String name = path.getFileName().toString();
		List<DynamicNode> tests = new ArrayList<>();
		switch (schema) {
			case VectorFiles.PSQI, VectorFiles.ISI -> {
				// the questionnaires module's (QuestionnaireVectorsTests)
			}
			case VectorFiles.DIARY -> {
				VectorFiles.list(file, "vectors")
					.forEach((v) -> tests.add(DynamicTest.dynamicTest(id(v), () -> checkDiaryNight(name, v))));
				VectorFiles.list(file, "aggregateVectors")
					.forEach((v) -> tests.add(DynamicTest.dynamicTest(id(v), () -> checkDiaryAggregate(name, v))));
			}
			default -> tests.add(
					DynamicTest.dynamicTest("known schema", () -> fail(name + " has unknown schema '" + schema + "'")));
		}
		return DynamicContainer.dynamicContainer(name + " (" + tests.size() + ")", tests);
	}

	/**
	 * A diary night, checked in-process with the comparison rules of DiaryVectorCheck.
	 */
	static void checkDiaryNight(String file, JsonNode vector) {
		DiaryVectorCheck.Night night = new DiaryVectorCheck.Night(file, id(vector), vector.path("input"),
				vector.path("expected"));
		assertThat(DiaryVectorCheck.check(night, DiaryVectorCheck::evaluateInProcess)).isEmpty();
	}

	/**
	 * Aggregates name their nights by id, which may live in any diary file of the folder.
	 */
	static void checkDiaryAggregate(String file, JsonNode vector) {
		List<String> nightIds = new ArrayList<>();
		vector.path("input").path("nightIds").forEach((night) -> nightIds.add(night.asString()));
		DiaryVectorCheck.Aggregate aggregate = new DiaryVectorCheck.Aggregate(file, id(vector), nightIds,
				vector.path("expected"));
		assertThat(
				DiaryVectorCheck.check(aggregate, DiaryVectorCheck.inputsById(), DiaryVectorCheck::summariseInProcess))
			.isEmpty();
	}

	private static String id(JsonNode vector) {
		return vector.path("id").asString("?");
	}

}
