package dev.drift.shared;

import java.util.Objects;

/**
 * One bad field of a request: where it is, a stable machine code and a message for
 * people. Never holds the submitted value.
 *
 * @param field the field's path or id, e.g. {@code answers.bp_systolic}
 * @param code a stable code, e.g. {@code OUT_OF_RANGE}
 * @param message a plain-language explanation
 */
public record FieldProblem(String field, String code, String message) {

	public FieldProblem {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

}
