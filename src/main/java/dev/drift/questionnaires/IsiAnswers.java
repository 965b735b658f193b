package dev.drift.questionnaires;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seven ISI answers keyed by item name (0–4 each, null when not answered). Built only
 * through {@link #fromJson}, which refuses anything but whole numbers 0–4
 * ({@code ITEM_OUT_OF_RANGE}, ISI-R1).
 */
record IsiAnswers(Map<String, Integer> items) {

	static final List<String> KEYS = List.of("fallingAsleep", "stayingAsleep", "wakingTooEarly", "satisfaction",
			"noticeability", "worry", "interference");

	IsiAnswers {
		items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
	}

	/** Reads {@code {"items": {...}}}. */
	static IsiAnswers fromJson(JsonNode body) {
		return fromJson(body, false);
	}

	/** As {@link #fromJson(JsonNode)}; {@code complete} also requires every item. */
	static IsiAnswers fromJson(JsonNode body, boolean complete) {
		InstrumentInput input = new InstrumentInput();
		JsonNode items = body == null ? null : body.get("items");
		if (items == null || !items.isObject()) {
			input.problem("items", InstrumentInput.ITEM_OUT_OF_RANGE, "must hold the seven ISI items");
			input.throwIfAny();
		}
		for (String key : items.propertyNames()) {
			if (!KEYS.contains(key)) {
				input.problem("items." + key, "UNKNOWN_ITEM", "is not an ISI item");
			}
		}
		Map<String, Integer> values = new LinkedHashMap<>();
		for (String key : KEYS) {
			values.put(key, input.choice(items, key, 4));
			if (complete) {
				input.require(key, values.get(key));
			}
		}
		input.throwIfAny();
		return new IsiAnswers(values);
	}

	boolean complete() {
		return this.items.size() == KEYS.size() && this.items.values().stream().allMatch((v) -> v != null);
	}

	ObjectNode toJson() {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		ObjectNode items = body.putObject("items");
		this.items.forEach((key, value) -> {
			if (value == null) {
				items.putNull(key);
			}
			else {
				items.put(key, value);
			}
		});
		return body;
	}

}
