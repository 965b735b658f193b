package dev.drift.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.Question;
import dev.drift.screening.Section;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The intake form built from the questionnaire: one step per section, which questions are
 * enabled (decided like the validator: in order, on earlier enabled answers), reading a
 * step's post into the answers, and the validator's problems sorted by step.
 */
final class IntakeForm {

	private final Questionnaire questionnaire;

	private final Map<String, Integer> stepOf = new HashMap<>();

	IntakeForm(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
		List<Section> sections = questionnaire.sections();
		for (int i = 0; i < sections.size(); i++) {
			for (Question q : sections.get(i).questions()) {
				this.stepOf.put(q.id(), i + 1);
			}
		}
	}

	int steps() {
		return this.questionnaire.sections().size();
	}

	/** A step's section (1-based); a step out of range is a bad request. */
	Section section(int step) {
		if (step < 1 || step > steps()) {
			throw new IllegalArgumentException("No such step");
		}
		return this.questionnaire.sections().get(step - 1);
	}

	/** Whether each question is enabled by the answers so far. */
	Map<String, Boolean> enabled(JsonNode answers) {
		Map<String, Boolean> enabled = new LinkedHashMap<>();
		Map<String, JsonNode> seen = new HashMap<>();
		for (Question q : this.questionnaire.questions()) {
			boolean on = !q.hasCondition()
					|| (q.enableAny() ? q.enableWhen().stream().anyMatch((c) -> c.holds(seen.get(c.question())))
							: q.enableWhen().stream().allMatch((c) -> c.holds(seen.get(c.question()))));
			enabled.put(q.id(), on);
			if (on && answers.has(q.id())) {
				seen.put(q.id(), answers.get(q.id()));
			}
		}
		return enabled;
	}

	/** The answers of enabled questions only: what is submitted. */
	ObjectNode submitted(ObjectNode answers) {
		Map<String, Boolean> enabled = enabled(answers);
		ObjectNode out = answers.objectNode();
		for (Question q : this.questionnaire.questions()) {
			if (enabled.get(q.id()) && answers.has(q.id())) {
				out.set(q.id(), answers.get(q.id()));
			}
		}
		return out;
	}

	/** Replaces a step's answers with what was posted for it. */
	void read(int step, Map<String, List<String>> params, ObjectNode answers) {
		for (Question q : section(step).questions()) {
			answers.remove(q.id());
			JsonNode value = IntakeFormValues.read(q, params);
			if (value != null) {
				answers.set(q.id(), value);
			}
		}
	}

	/** Every problem the validator finds in the enabled answers, in order. */
	List<FieldProblem> problems(ObjectNode answers) {
		try {
			this.questionnaire.validate(submitted(answers));
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
	}

	/** The problems of one step's questions. */
	List<FieldProblem> problems(ObjectNode answers, int step) {
		return problems(answers).stream().filter((p) -> stepOf(p) == step).toList();
	}

	/** The first step with a problem, or 0. */
	int firstStepWithProblems(List<FieldProblem> problems) {
		return problems.stream().mapToInt(this::stepOf).filter((s) -> s > 0).min().orElse(0);
	}

	/** The question a problem's field names ({@code answers.local_issues[2].area}). */
	static String questionOf(FieldProblem problem) {
		String field = problem.field().startsWith("answers.") ? problem.field().substring(8) : problem.field();
		int end = field.length();
		for (char stop : new char[] { '[', '.' }) {
			int at = field.indexOf(stop);
			if (at >= 0) {
				end = Math.min(end, at);
			}
		}
		return field.substring(0, end);
	}

	int stepOf(FieldProblem problem) {
		return this.stepOf.getOrDefault(questionOf(problem), 0);
	}

	/**
	 * The questions of a step to render: enabled ones, and those a same-step answer may
	 * enable.
	 */
	List<Question> rendered(int step, Map<String, Boolean> enabled) {
		Section section = section(step);
		List<Question> shown = new ArrayList<>();
		for (Question q : section.questions()) {
			boolean dependsHere = q.enableWhen().stream().anyMatch((c) -> this.stepOf.get(c.question()) == step);
			if (enabled.get(q.id()) || dependsHere) {
				shown.add(q);
			}
		}
		return shown;
	}

}
