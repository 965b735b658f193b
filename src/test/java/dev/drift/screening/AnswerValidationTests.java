package dev.drift.screening;

import java.util.List;
import java.util.Map;

import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static dev.drift.screening.Screen.QUESTIONNAIRE;
import static dev.drift.screening.Screen.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AnswerValidationTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.drift.screening.MalformedAnswers#all")
	void refusesMalformedAnswersListingEveryBadField(String name, ObjectNode answers, List<String> badFields) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> QUESTIONNAIRE.validate(answers));
		assertThat(refused).as(name).isNotNull();
		assertThat(refused.code()).isEqualTo("INVALID_ANSWERS");
		assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrderElementsOf(badFields);
	}

	@Test
	void ignoresAnswersToDisabledQuestions() {
		Answers answers = QUESTIONNAIRE.validate(with(Map.of("pregnancy_weeks", "12", "self_harm_thoughts", "true")));
		assertThat(answers.has("pregnancy_weeks")).isFalse();
		assertThat(answers.has("self_harm_thoughts")).isFalse();
		assertThat(Screen.ENGINE.evaluate(answers).triggeredRules()).isEmpty();
	}

	@Test
	void optionalQuestionsMayBeLeftOut() {
		assertThat(QUESTIONNAIRE.validate(Screen.clean()).has("temperature_c")).isFalse();
	}

	@Test
	void enableWhenWithAnyNeedsOneCondition() {
		Answers answers = QUESTIONNAIRE.validate(with(Map.of("bp_diastolic", "95", "bp_severe_symptoms", "false")));
		assertThat(answers.has("bp_severe_symptoms")).isTrue();
	}

	@Test
	void answersMustBeAnObject() {
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> QUESTIONNAIRE.validate(Screen.JSON.readTree("[]")))
			.problems()).extracting(FieldProblem::field).containsExactly("answers");
	}

}
