package dev.drift.sleep;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties the sleep-diary vectors show beyond their expected values (the vectors
 * themselves are checked, night by night and aggregate by aggregate, in
 * {@link SleepVectorsTests}).
 */
class SleepDiaryVectorsTests {

	static List<DiaryVectorCheck.Night> nights() {
		return DiaryVectorCheck.nights();
	}

	static List<DiaryVectorCheck.Aggregate> aggregates() {
		return DiaryVectorCheck.aggregates();
	}

	@Test
	void findsDiaryVectorsInTheFolder() {
		assertThat(nights()).as("night vectors in %s", DiaryVectorCheck.folder().toAbsolutePath()).isNotEmpty();
		assertThat(aggregates()).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nights")
	void validNightKeepsTheTimeInBedIdentity(DiaryVectorCheck.Night night) {
		JsonNode result = DiaryVectorCheck.evaluateInProcess(night.input());
		if (!result.has("error")) {
			assertThat(result.path("preSleepInBedMinutes").asInt() + result.path("solMinutes").asInt()
					+ result.path("tstMinutes").asInt() + result.path("wasoMinutes").asInt()
					+ result.path("twakMinutes").asInt())
				.isEqualTo(result.path("tibMinutes").asInt());
		}
	}

}
