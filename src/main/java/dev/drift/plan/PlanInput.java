package dev.drift.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.drift.screening.Answers;
import dev.drift.screening.Questionnaire;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * What a recommendation is made from (plan-recommendation.md §2): validated intake
 * answers, whether this is the client's first treatment session, and the rules whose
 * clearance is recorded.
 */
record PlanInput(Answers answers, boolean firstVisit, Set<String> clearedRules) {

	static final String INVALID_ANSWERS = "INVALID_ANSWERS";

	PlanInput {
		clearedRules = Set.copyOf(clearedRules);
	}

	/**
	 * Reads and validates a request body {@code {"answers", "firstVisit",
	 * "clearedRules"?}} (P01): every bad field is reported at once, answers with the
	 * screening's own field problems.
	 * @throws InvalidInputException {@code INVALID_ANSWERS}
	 */
	static PlanInput read(JsonNode input, Questionnaire questionnaire) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input == null || !input.isObject()) {
			throw invalid(List.of(new FieldProblem("input", "NOT_AN_OBJECT", "The input must be a JSON object")));
		}
		JsonNode firstVisit = input.get("firstVisit");
		if (firstVisit == null || firstVisit.isNull()) {
			problems.add(new FieldProblem("firstVisit", "REQUIRED", "Say whether this is the first visit"));
		}
		else if (!firstVisit.isBoolean()) {
			problems.add(new FieldProblem("firstVisit", "WRONG_TYPE", "Must be true or false"));
		}
		Set<String> cleared = new TreeSet<>();
		JsonNode clearedRules = input.get("clearedRules");
		if (clearedRules != null && !clearedRules.isNull()) {
			if (!clearedRules.isArray() || clearedRules.values().stream().anyMatch((id) -> !id.isString())) {
				problems.add(new FieldProblem("clearedRules", "WRONG_TYPE", "Must be a list of rule ids"));
			}
			else {
				clearedRules.values().forEach((id) -> cleared.add(id.stringValue()));
			}
		}
		Answers answers = null;
		try {
			answers = questionnaire.validate(input.get("answers"));
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		return new PlanInput(answers, firstVisit.booleanValue(), cleared);
	}

	private static InvalidInputException invalid(List<FieldProblem> problems) {
		return new InvalidInputException(INVALID_ANSWERS, "Some answers are missing or not valid", problems);
	}

}
