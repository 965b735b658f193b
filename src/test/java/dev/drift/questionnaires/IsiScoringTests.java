package dev.drift.questionnaires;

import java.util.List;

import dev.drift.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IsiScoringTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static JsonNode items(String values) {
		String[] v = values.split(",");
		StringBuilder body = new StringBuilder("{\"items\":{");
		for (int i = 0; i < IsiAnswers.KEYS.size(); i++) {
			body.append(i == 0 ? "" : ",").append('"').append(IsiAnswers.KEYS.get(i)).append("\":").append(v[i]);
		}
		return JSON.readTree(body.append("}}").toString());
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "0,0,0,0,0,0,0;0;NO_CLINICALLY_SIGNIFICANT_INSOMNIA",
					"1,1,1,1,1,1,1;7;NO_CLINICALLY_SIGNIFICANT_INSOMNIA", "2,1,1,1,1,1,1;8;SUBTHRESHOLD_INSOMNIA",
					"2,2,2,2,2,2,2;14;SUBTHRESHOLD_INSOMNIA", "3,2,2,2,2,2,2;15;CLINICAL_INSOMNIA_MODERATE",
					"3,3,3,3,3,3,3;21;CLINICAL_INSOMNIA_MODERATE", "4,3,3,3,3,3,3;22;CLINICAL_INSOMNIA_SEVERE",
					"4,4,4,4,4,4,4;28;CLINICAL_INSOMNIA_SEVERE" })
	void totalIsTheSumAndTheCategoryFollowsTheBands(String values, int total, IsiCategory category) {
		IsiScore score = IsiScore.of(IsiAnswers.fromJson(items(values)));

		assertThat(score.total()).isEqualTo(total);
		assertThat(score.category()).isEqualTo(category);
	}

	@Test
	void anyMissingItemLeavesTheTotalUnscored() {
		IsiScore score = IsiScore.of(IsiAnswers.fromJson(items("3,3,3,3,3,3,null")));

		assertThat(score.total()).isNull();
		assertThat(score.category()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "5", "-1", "2.5", "\"3\"", "true", "[1]" })
	void anythingButAWholeNumberFromZeroToFourIsOutOfRange(String bad) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> IsiAnswers.fromJson(items("0,0,0,0,0,0," + bad)))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("ITEM_OUT_OF_RANGE");
				assertThat(ex.problems()).singleElement()
					.satisfies((p) -> assertThat(p.field()).isEqualTo("interference"));
			});
	}

	@Test
	void anUnknownItemIsRefused() {
		JsonNode body = JSON.readTree("{\"items\":{\"fallingAsleep\":1,\"snoring\":2}}");

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> IsiAnswers.fromJson(body))
			.satisfies((ex) -> assertThat(ex.problems().stream().map((p) -> p.code()).toList())
				.isEqualTo(List.of("UNKNOWN_ITEM")));
	}

	@Test
	void aBodyWithoutItemsIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> IsiAnswers.fromJson(JSON.readTree("{}")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ITEM_OUT_OF_RANGE"));
	}

}
