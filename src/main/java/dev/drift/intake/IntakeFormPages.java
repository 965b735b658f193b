package dev.drift.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.Question;
import dev.drift.screening.QuestionType;
import dev.drift.screening.Section;
import dev.drift.screening.Option;
import dev.drift.shared.FieldProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds what the intake form's pages show: the fields of a step with their values and
 * messages, and the answers of every step for the review page.
 */
@Component
class IntakeFormPages {

	private final IntakeForm form;

	private final MessageSource messages;

	private final JsonMapper json;

	IntakeFormPages(Questionnaire questionnaire, MessageSource messages, JsonMapper json) {
		this.form = new IntakeForm(questionnaire);
		this.messages = messages;
		this.json = json;
	}

	IntakeForm form() {
		return this.form;
	}

	/** The fields of a step; {@code extraRows} blank list rows are added to fill in. */
	List<IntakeFormField> fields(int step, ObjectNode answers, List<FieldProblem> problems, int extraRows) {
		Map<String, Boolean> enabled = this.form.enabled(answers);
		List<IntakeFormField> fields = new ArrayList<>();
		for (Question q : this.form.rendered(step, enabled)) {
			JsonNode value = answers.get(q.id());
			List<Map<String, String>> rows = IntakeFormValues.rows(q, value);
			if (q.type() == QuestionType.LIST) {
				int blanks = rows.isEmpty() ? Math.max(1, extraRows) : extraRows;
				for (int i = 0; i < blanks && rows.size() < IntakeFormValues.MAX_LIST_ROWS; i++) {
					Map<String, String> blank = new LinkedHashMap<>();
					q.itemFields().forEach((f) -> blank.put(f.id(), ""));
					rows.add(blank);
				}
			}
			String shown = (value != null && value.isArray() && value.isEmpty()) ? IntakeFormValues.NONE
					: IntakeFormValues.shown(value);
			List<String> errors = problems.stream()
				.filter((p) -> IntakeForm.questionOf(p).equals(q.id()))
				.map((p) -> text(q, p))
				.toList();
			fields.add(new IntakeFormField(q, enabled.get(q.id()), shown, IntakeFormValues.chosen(value), rows, errors,
					q.hasCondition() ? conditions(q) : null));
		}
		return fields;
	}

	/** The answers of each step in plain words, for the review page. */
	List<ReviewStep> review(ObjectNode answers, List<FieldProblem> problems) {
		Map<String, Boolean> enabled = this.form.enabled(answers);
		List<ReviewStep> steps = new ArrayList<>();
		for (int step = 1; step <= this.form.steps(); step++) {
			Section section = this.form.section(step);
			List<ReviewAnswer> rows = new ArrayList<>();
			for (Question q : section.questions()) {
				if (enabled.get(q.id())) {
					rows.add(new ReviewAnswer(q.text(), answerText(q, answers.get(q.id()))));
				}
			}
			int s = step;
			List<String> stepProblems = problems.stream()
				.filter((p) -> this.form.stepOf(p) == s)
				.map((p) -> this.form.section(s)
					.questions()
					.stream()
					.filter((q) -> q.id().equals(IntakeForm.questionOf(p)))
					.findFirst()
					.map((q) -> q.text() + " " + text(q, p))
					.orElse(p.message()))
				.toList();
			steps.add(new ReviewStep(step, section.title(), rows, stepProblems));
		}
		return steps;
	}

	/** An answer in plain words. */
	String answerText(Question q, JsonNode value) {
		if (value == null || value.isNull()) {
			return msg("intake.form.notAnswered");
		}
		return switch (q.type()) {
			case BOOLEAN ->
				value.isBoolean() ? msg(value.booleanValue() ? "intake.form.yes" : "intake.form.no") : value.asString();
			case ENUM -> q.option(value.asString()).map(Option::text).orElse(value.asString());
			case MULTI_SELECT -> value.isEmpty() ? msg("intake.form.noneOfThese")
					: String.join("; ",
							IntakeFormValues.chosen(value)
								.stream()
								.map((v) -> q.option(v).map(Option::text).orElse(v))
								.toList());
			case LIST ->
				value.isEmpty() ? msg("intake.form.nothingToList")
						: String.join("; ", value.values()
							.stream()
							.map((item) -> String.join(", ", q.itemFields()
								.stream()
								.map((f) -> f.option(item.path(f.id()).asString()).map(Option::text).orElse("?"))
								.toList()))
							.toList());
			case INTEGER, DECIMAL -> IntakeFormValues.shown(value) + (q.unitLabel() == null ? "" : " " + q.unitLabel());
			case TIME, TEXT -> IntakeFormValues.shown(value);
		};
	}

	/** A field message in the page's words, naming the list line where there is one. */
	String text(Question q, FieldProblem problem) {
		Object[] args = { plain(q.min()), plain(q.max()), q.maxLength(), q.minItems(), q.maxItems() };
		String message = this.messages.getMessage("intake.form.problem." + problem.code(), args, problem.message(),
				locale());
		int open = problem.field().indexOf('[');
		if (open >= 0) {
			int line = Integer.parseInt(problem.field().substring(open + 1, problem.field().indexOf(']'))) + 1;
			return msg("intake.form.problem.line", line, message);
		}
		return message;
	}

	private String conditions(Question q) {
		List<Map<String, Object>> list = q.enableWhen()
			.stream()
			.map((c) -> Map.<String, Object>of("question", c.question(), "operator", c.operator(), "answer",
					c.answer()))
			.toList();
		return this.json.writeValueAsString(Map.of("any", q.enableAny(), "conditions", list));
	}

	private static String plain(java.math.BigDecimal number) {
		return number == null ? "" : number.toPlainString();
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/**
	 * One step on the review page: its answers (question, answer) and problems.
	 */
	record ReviewStep(int step, String title, List<ReviewAnswer> answers, List<String> problems) {

		public boolean hasProblems() {
			return !this.problems.isEmpty();
		}

	}

	/**
	 * One answered question on the review page.
	 */
	record ReviewAnswer(String question, String answer) {
	}

}
