package dev.drift.questionnaires;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads questionnaire answers strictly from JSON (the API body, a stored response, or a
 * form turned into JSON) and collects every bad field. A value of the wrong type is out
 * of range, never coerced: 2.5 is not an ISI answer, "3" is not a number.
 */
final class InstrumentInput {

	static final String ITEM_OUT_OF_RANGE = "ITEM_OUT_OF_RANGE";

	static final String INVALID_TIME = "INVALID_TIME";

	static final String ANSWER_REQUIRED = "ANSWER_REQUIRED";

	/** Reads answers with floats as exact decimals: Q4 never passes through a double. */
	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

	private final List<FieldProblem> problems = new ArrayList<>();

	Integer choice(JsonNode object, String field, int max) {
		return choice(object, field, max, ITEM_OUT_OF_RANGE);
	}

	Integer choice(JsonNode object, String field, int max, String code) {
		JsonNode node = object.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			BigDecimal value = node.decimalValue();
			if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
				if (value.compareTo(BigDecimal.ZERO) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
					return value.intValueExact();
				}
			}
		}
		problem(field, code, "must be a whole number from 0 to " + max);
		return null;
	}

	BigDecimal amount(JsonNode object, String field, BigDecimal max) {
		JsonNode node = object.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			BigDecimal value = node.decimalValue();
			if (value.signum() >= 0 && value.compareTo(max) <= 0) {
				return value;
			}
		}
		problem(field, ITEM_OUT_OF_RANGE, "must be a number from 0 to " + max.toPlainString());
		return null;
	}

	String time(JsonNode object, String field) {
		JsonNode node = object.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isString() && CLOCK.matcher(node.stringValue()).matches()) {
			return node.stringValue();
		}
		problem(field, INVALID_TIME, "must be a 24-hour time HH:MM");
		return null;
	}

	String text(JsonNode object, String field, int maxLength) {
		JsonNode node = object.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isString() && node.stringValue().length() <= maxLength) {
			return node.stringValue().isBlank() ? null : node.stringValue().strip();
		}
		problem(field, "TEXT_TOO_LONG", "must be text of at most " + maxLength + " characters");
		return null;
	}

	void problem(String field, String code, String message) {
		this.problems.add(new FieldProblem(field, code, message));
	}

	void require(String field, Object value) {
		if (value == null && this.problems.stream().noneMatch((p) -> p.field().equals(field))) {
			problem(field, ANSWER_REQUIRED, "must be answered");
		}
	}

	/** Throws the collected problems; the first problem's code is the document's code. */
	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems.get(0).code(), "Some answers are not valid", this.problems);
		}
	}

}
