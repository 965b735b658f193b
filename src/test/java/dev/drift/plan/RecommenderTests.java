package dev.drift.plan;

import java.util.List;

import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the scenario files do not show: invalid input is refused with every bad field
 * (P01), and the same input always gives the same recommendation.
 */
class RecommenderTests {

	@Test
	void noGoalsIsRefusedWithTheScreeningsTooFewProblem() throws Exception {
		ObjectNode input = validInput();
		((ObjectNode) input.get("answers")).putArray("goals");

		assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("answers.goals", "TOO_FEW"));
	}

	@Test
	void aMissingOrTextFirstVisitAndClearedRulesThatAreNotAListAreRefusedTogether() throws Exception {
		ObjectNode input = validInput();
		input.put("firstVisit", "yes");
		input.put("clearedRules", "G12");

		assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("firstVisit", "WRONG_TYPE"),
					org.assertj.core.groups.Tuple.tuple("clearedRules", "WRONG_TYPE"));

		input.remove("firstVisit");
		input.remove("clearedRules");
		assertThat(problems(input)).extracting(FieldProblem::field).containsExactly("firstVisit");
	}

	@Test
	void aMissingRequiredAnswerIsRefused() throws Exception {
		ObjectNode input = validInput();
		((ObjectNode) input.get("answers")).remove("pressure_preference");

		assertThat(problems(input)).extracting(FieldProblem::code).containsExactly("REQUIRED");
	}

	@Test
	void theSameInputAlwaysGivesTheSameRecommendation() throws Exception {
		JsonNode input = validInput();

		assertThat(PlanScenariosTests.RECOMMENDER.recommend(input))
			.isEqualTo(PlanScenariosTests.RECOMMENDER.recommend(input.deepCopy()));
	}

	static ObjectNode validInput() throws Exception {
		return (ObjectNode) PlanScenariosTests.scenarios().getFirst().input().deepCopy();
	}

	private static List<FieldProblem> problems(JsonNode input) {
		return assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PlanScenariosTests.RECOMMENDER.recommend(input))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("INVALID_ANSWERS"))
			.actual()
			.problems();
	}

}
