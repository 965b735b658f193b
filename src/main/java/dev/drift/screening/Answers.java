package dev.drift.screening;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Validated answers: only enabled questions, every value of the right type and range,
 * every required answer present. Made by {@link Questionnaire#validate}; answers to
 * disabled questions have been dropped.
 */
public final class Answers {

	private final Map<String, JsonNode> values;

	Answers(Map<String, JsonNode> values) {
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** The answers by question id, in questionnaire order. */
	public Map<String, JsonNode> values() {
		return this.values;
	}

	public boolean has(String id) {
		return this.values.containsKey(id);
	}

	public Optional<JsonNode> get(String id) {
		return Optional.ofNullable(this.values.get(id));
	}

	/** {@code true} only when the question was answered {@code true}. */
	public boolean isTrue(String id) {
		JsonNode node = this.values.get(id);
		return node != null && node.isBoolean() && node.booleanValue();
	}

	/** {@code true} only when the question was answered {@code false}. */
	public boolean isFalse(String id) {
		JsonNode node = this.values.get(id);
		return node != null && node.isBoolean() && !node.booleanValue();
	}

	public Optional<Integer> integer(String id) {
		return get(id).filter(JsonNode::isNumber).map(JsonNode::intValue);
	}

	public Optional<BigDecimal> decimal(String id) {
		return get(id).filter(JsonNode::isNumber).map(JsonNode::decimalValue);
	}

	/** An enum, time or text answer. */
	public Optional<String> text(String id) {
		return get(id).filter(JsonNode::isString).map(JsonNode::stringValue);
	}

	public boolean textIs(String id, String... candidates) {
		String value = text(id).orElse(null);
		for (String candidate : candidates) {
			if (candidate.equals(value)) {
				return true;
			}
		}
		return false;
	}

	/** A multi-select answer; empty when unanswered or "none of these". */
	public List<String> selected(String id) {
		JsonNode node = this.values.get(id);
		if (node == null || !node.isArray()) {
			return List.of();
		}
		return node.values().stream().map(JsonNode::stringValue).toList();
	}

	/** Whether a multi-select question was answered with at least one choice. */
	public boolean anySelected(String id) {
		return !selected(id).isEmpty();
	}

	/** The {@code local_issues} items. */
	public List<LocalIssue> localIssues() {
		JsonNode node = this.values.get("local_issues");
		if (node == null || !node.isArray()) {
			return List.of();
		}
		return node.values()
			.stream()
			.map((item) -> new LocalIssue(item.path("kind").stringValue(), item.path("area").stringValue(),
					item.path("severity").stringValue()))
			.toList();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Answers answers && answers.values.equals(this.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return "Answers" + this.values.keySet();
	}

}
