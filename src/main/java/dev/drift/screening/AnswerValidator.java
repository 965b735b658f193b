package dev.drift.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Checks raw answers against the questionnaire in one pass in order: unknown ids, types,
 * ranges, options, list items, and required answers of enabled questions. Answers to
 * disabled questions are dropped. Every problem is collected before refusing.
 */
final class AnswerValidator {

	static final String INVALID_ANSWERS = "INVALID_ANSWERS";

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

	private final Questionnaire questionnaire;

	private final List<FieldProblem> problems = new ArrayList<>();

	AnswerValidator(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
	}

	Answers validate(JsonNode raw) {
		if (raw == null || !raw.isObject()) {
			throw invalid(List.of(new FieldProblem("answers", "NOT_AN_OBJECT", "Answers must be a JSON object")));
		}
		for (String id : raw.propertyNames()) {
			if (this.questionnaire.question(id).isEmpty()) {
				problem(id, "UNKNOWN_QUESTION", "There is no question with this id");
			}
		}
		Map<String, JsonNode> valid = new LinkedHashMap<>();
		for (Question question : this.questionnaire.questions()) {
			if (!enabled(question, valid)) {
				continue;
			}
			JsonNode value = raw.get(question.id());
			if (value == null) {
				if (question.required()) {
					problem(question.id(), "REQUIRED", "An answer is required");
				}
				continue;
			}
			if (check(question, value, "answers." + question.id())) {
				valid.put(question.id(), value);
			}
		}
		if (!this.problems.isEmpty()) {
			throw invalid(this.problems);
		}
		return new Answers(valid);
	}

	static InvalidInputException invalid(List<FieldProblem> problems) {
		return new InvalidInputException(INVALID_ANSWERS, "Some answers are missing or not valid", problems);
	}

	/** Conditions look at earlier, valid, enabled answers only. */
	private static boolean enabled(Question question, Map<String, JsonNode> valid) {
		if (!question.hasCondition()) {
			return true;
		}
		if (question.enableAny()) {
			return question.enableWhen().stream().anyMatch((c) -> c.holds(valid.get(c.question())));
		}
		return question.enableWhen().stream().allMatch((c) -> c.holds(valid.get(c.question())));
	}

	private boolean check(Question q, JsonNode value, String field) {
		int before = this.problems.size();
		switch (q.type()) {
			case BOOLEAN -> {
				if (!value.isBoolean()) {
					wrongType(field, "true or false");
				}
			}
			case INTEGER -> {
				if (!value.isIntegralNumber()) {
					wrongType(field, "a whole number");
				}
				else {
					range(q, value.decimalValue(), field);
				}
			}
			case DECIMAL -> {
				if (!value.isNumber()) {
					wrongType(field, "a number");
				}
				else if (value.decimalValue().stripTrailingZeros().scale() > 1) {
					at(field, "TOO_PRECISE", "At most one decimal place");
				}
				else {
					range(q, value.decimalValue(), field);
				}
			}
			case ENUM -> {
				if (!value.isString()) {
					wrongType(field, "one of the choices");
				}
				else if (q.option(value.stringValue()).isEmpty()) {
					at(field, "UNKNOWN_OPTION", "Not one of the choices");
				}
			}
			case MULTI_SELECT -> multiSelect(q, value, field);
			case LIST -> list(q, value, field);
			case TIME -> {
				if (!value.isString() || !TIME.matcher(value.stringValue()).matches()) {
					wrongType(field, "a time as HH:MM");
				}
			}
			case TEXT -> {
				if (!value.isString()) {
					wrongType(field, "text");
				}
				else if (q.maxLength() != null && value.stringValue().length() > q.maxLength()) {
					at(field, "TOO_LONG", "At most " + q.maxLength() + " characters");
				}
			}
		}
		return this.problems.size() == before;
	}

	private void multiSelect(Question q, JsonNode value, String field) {
		if (!value.isArray()) {
			wrongType(field, "a list of choices");
			return;
		}
		Set<String> seen = new HashSet<>();
		for (JsonNode item : value.values()) {
			if (!item.isString() || q.option(item.stringValue()).isEmpty()) {
				at(field, "UNKNOWN_OPTION", "Not one of the choices");
				return;
			}
			if (!seen.add(item.stringValue())) {
				at(field, "DUPLICATE", "A choice is given twice");
				return;
			}
		}
		if (q.minItems() != null && value.size() < q.minItems()) {
			at(field, "TOO_FEW", "Choose at least " + q.minItems());
		}
	}

	private void list(Question q, JsonNode value, String field) {
		if (!value.isArray()) {
			wrongType(field, "a list");
			return;
		}
		if (q.minItems() != null && value.size() < q.minItems()) {
			at(field, "TOO_FEW", "At least " + q.minItems() + " items");
		}
		if (q.maxItems() != null && value.size() > q.maxItems()) {
			at(field, "TOO_MANY", "At most " + q.maxItems() + " items");
		}
		int index = 0;
		for (JsonNode item : value.values()) {
			String itemField = field + "[" + index++ + "]";
			if (!item.isObject()) {
				wrongType(itemField, "an item");
				continue;
			}
			for (String key : item.propertyNames()) {
				if (q.itemFields().stream().noneMatch((f) -> f.id().equals(key))) {
					at(itemField + "." + key, "UNKNOWN_FIELD", "There is no such item field");
				}
			}
			for (Question itemField2 : q.itemFields()) {
				JsonNode part = item.get(itemField2.id());
				if (part == null) {
					at(itemField + "." + itemField2.id(), "REQUIRED", "An answer is required");
				}
				else {
					check(itemField2, part, itemField + "." + itemField2.id());
				}
			}
		}
	}

	private void range(Question q, BigDecimal number, String field) {
		if ((q.min() != null && number.compareTo(q.min()) < 0) || (q.max() != null && number.compareTo(q.max()) > 0)) {
			at(field, "OUT_OF_RANGE", "Must be between " + plain(q.min()) + " and " + plain(q.max()));
		}
	}

	private static String plain(BigDecimal bound) {
		return bound == null ? "any" : bound.toPlainString();
	}

	private void wrongType(String field, String expected) {
		at(field, "WRONG_TYPE", "Must be " + expected);
	}

	private void problem(String id, String code, String message) {
		at("answers." + id, code, message);
	}

	private void at(String field, String code, String message) {
		this.problems.add(new FieldProblem(field, code, message));
	}

}
