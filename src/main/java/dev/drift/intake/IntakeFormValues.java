package dev.drift.intake;

import dev.drift.screening.Question;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the intake form's posted fields into answer JSON and back. Whatever is posted
 * binds: text that is not a number is kept as text, so the page shows it again and the
 * validator names the problem.
 */
final class IntakeFormValues {

	/** The value of the "none of these" box of a multi-select question. */
	static final String NONE = "_none";

	static final int MAX_LIST_ROWS = 30;

	/** Longest value kept from a post (a crafted post cannot swell the draft). */
	static final int MAX_VALUE = 5000;

	/** Longest choice value kept (choices are short ids). */
	static final int MAX_CHOICE = 100;

	static final int MAX_CHOICES = 50;

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,6}([.,]\\d{1,6})?");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private IntakeFormValues() {
	}

	/** The answer a question's posted fields give, or {@code null} for no answer. */
	static JsonNode read(Question q, Map<String, List<String>> params) {
		List<String> values = params.getOrDefault(q.id(), List.of())
			.stream()
			.filter((v) -> v != null)
			.limit(MAX_CHOICES)
			.map((v) -> cut(v, MAX_VALUE))
			.toList();
		String single = values.stream().map(String::strip).filter((v) -> !v.isEmpty()).findFirst().orElse(null);
		return switch (q.type()) {
			case BOOLEAN -> (single == null) ? null : switch (single) {
				case "true" -> NODES.booleanNode(true);
				case "false" -> NODES.booleanNode(false);
				default -> NODES.stringNode(single);
			};
			case INTEGER -> (single == null) ? null : INTEGER.matcher(single).matches()
					? NODES.numberNode(new BigInteger(single).intValue()) : NODES.stringNode(single);
			case DECIMAL -> (single == null) ? null : DECIMAL.matcher(single).matches()
					? NODES.numberNode(new BigDecimal(single.replace(',', '.'))) : NODES.stringNode(single);
			case ENUM, TIME -> (single == null) ? null : NODES.stringNode(single);
			case TEXT -> (single == null) ? null : NODES.stringNode(values.get(0).strip());
			case MULTI_SELECT -> multi(values);
			case LIST -> list(q, params);
		};
	}

	private static JsonNode multi(List<String> values) {
		Set<String> chosen = new LinkedHashSet<>();
		boolean none = false;
		for (String value : values) {
			if (NONE.equals(value)) {
				none = true;
			}
			else if (!value.isBlank()) {
				chosen.add(cut(value.strip(), MAX_CHOICE));
			}
		}
		if (chosen.isEmpty() && !none) {
			return null;
		}
		ArrayNode array = NODES.arrayNode();
		chosen.forEach(array::add);
		return array;
	}

	/**
	 * List rows {@code id[i].field}; blank rows and rows marked for removal are left out.
	 */
	private static JsonNode list(Question q, Map<String, List<String>> params) {
		ArrayNode items = NODES.arrayNode();
		for (int i = 0; i < MAX_LIST_ROWS; i++) {
			String prefix = q.id() + "[" + i + "].";
			if (!first(params, prefix + "remove").isEmpty()) {
				continue;
			}
			ObjectNode item = NODES.objectNode();
			for (Question field : q.itemFields()) {
				String value = first(params, prefix + field.id());
				if (!value.isEmpty()) {
					item.put(field.id(), value);
				}
			}
			if (!item.isEmpty()) {
				items.add(item);
			}
		}
		return items;
	}

	private static String first(Map<String, List<String>> params, String name) {
		List<String> values = params.get(name);
		return values == null || values.isEmpty() || values.get(0) == null ? ""
				: cut(values.get(0).strip(), MAX_CHOICE);
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	/** The single value to show in an input: the answer as text, or empty. */
	static String shown(JsonNode value) {
		if (value == null || value.isNull() || value.isArray() || value.isObject()) {
			return "";
		}
		if (value.isNumber()) {
			return value.decimalValue().toPlainString();
		}
		return value.asString();
	}

	/** The chosen values of a multi-select answer. */
	static Set<String> chosen(JsonNode value) {
		Set<String> chosen = new LinkedHashSet<>();
		if (value != null && value.isArray()) {
			value.values().stream().filter(JsonNode::isString).forEach((v) -> chosen.add(v.asString()));
		}
		return chosen;
	}

	/** The rows of a list answer, each field as text. */
	static List<Map<String, String>> rows(Question q, JsonNode value) {
		List<Map<String, String>> rows = new ArrayList<>();
		if (value != null && value.isArray()) {
			for (JsonNode item : value.values()) {
				Map<String, String> row = new java.util.LinkedHashMap<>();
				for (Question field : q.itemFields()) {
					row.put(field.id(), shown(item.get(field.id())));
				}
				rows.add(row);
			}
		}
		return rows;
	}

}
