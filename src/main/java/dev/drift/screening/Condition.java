package dev.drift.screening;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/**
 * One {@code enableWhen} condition: the question it looks at, an operator ({@code =},
 * {@code !=}, {@code >=}, {@code <=}, {@code in}) and the value to compare with.
 */
public record Condition(String question, String operator, JsonNode answer) {

	/**
	 * Whether the condition holds for an answer; {@code null} (unanswered or disabled)
	 * never holds.
	 */
	public boolean holds(JsonNode value) {
		if (value == null || value.isNull()) {
			return false;
		}
		return switch (this.operator) {
			case "=" -> same(value, this.answer);
			case "!=" -> !same(value, this.answer);
			case ">=" -> value.isNumber() && value.decimalValue().compareTo(this.answer.decimalValue()) >= 0;
			case "<=" -> value.isNumber() && value.decimalValue().compareTo(this.answer.decimalValue()) <= 0;
			case "in" -> this.answer.values().stream().anyMatch((candidate) -> same(value, candidate));
			default -> throw new IllegalStateException("Unknown operator " + this.operator);
		};
	}

	private static boolean same(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			BigDecimal x = a.decimalValue();
			return x.compareTo(b.decimalValue()) == 0;
		}
		return a.equals(b);
	}

}
