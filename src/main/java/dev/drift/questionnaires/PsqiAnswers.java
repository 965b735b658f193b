package dev.drift.questionnaires;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * PSQI answers with the field names of the vectors (spec §0.1). Times are 24-h
 * {@code HH:MM}; Q2 (minutes) and Q4 (hours) are exact decimals; frequency items 0–3;
 * null when not answered.
 */
record PsqiAnswers(String q1BedTime, BigDecimal q2LatencyMinutes, String q3GetUpTime, BigDecimal q4SleepHours,
		Integer q5a, Integer q5b, Integer q5c, Integer q5d, Integer q5e, Integer q5f, Integer q5g, Integer q5h,
		Integer q5i, Integer q5j, String q5jText, Integer q6, Integer q7, Integer q8, Integer q9, String q10) {

	static final Set<String> FREQUENCY_ITEMS = Set.of("q5a", "q5b", "q5c", "q5d", "q5e", "q5f", "q5g", "q5h", "q5i",
			"q5j", "q6", "q7", "q8", "q9");

	static final BigDecimal MAX_LATENCY_MINUTES = BigDecimal.valueOf(1440);

	static final BigDecimal MAX_SLEEP_HOURS = BigDecimal.valueOf(24);

	static PsqiAnswers fromJson(JsonNode body) {
		return fromJson(body, false);
	}

	/**
	 * As {@link #fromJson(JsonNode)}; {@code complete} also requires what a stored
	 * response needs to be scorable: every item but Q5j, its text and Q10, and a time in
	 * bed.
	 */
	static PsqiAnswers fromJson(JsonNode body, boolean complete) {
		InstrumentInput in = new InstrumentInput();
		JsonNode b = body == null ? JsonNodeFactory.instance.objectNode() : body;
		PsqiAnswers answers = new PsqiAnswers(in.time(b, "q1BedTime"),
				in.amount(b, "q2LatencyMinutes", MAX_LATENCY_MINUTES), in.time(b, "q3GetUpTime"),
				in.amount(b, "q4SleepHours", MAX_SLEEP_HOURS), in.choice(b, "q5a", 3), in.choice(b, "q5b", 3),
				in.choice(b, "q5c", 3), in.choice(b, "q5d", 3), in.choice(b, "q5e", 3), in.choice(b, "q5f", 3),
				in.choice(b, "q5g", 3), in.choice(b, "q5h", 3), in.choice(b, "q5i", 3), in.choice(b, "q5j", 3),
				in.text(b, "q5jText", 200), in.choice(b, "q6", 3), in.choice(b, "q7", 3), in.choice(b, "q8", 3),
				in.choice(b, "q9", 3), in.text(b, "q10", 200));
		if (complete) {
			answers.requireComplete(in);
		}
		in.throwIfAny();
		return answers;
	}

	private void requireComplete(InstrumentInput in) {
		values().forEach((key, value) -> {
			if (!key.equals("q5j") && !key.equals("q5jText") && !key.equals("q10")) {
				in.require(key, value);
			}
		});
		if (this.q1BedTime != null && this.q1BedTime.equals(this.q3GetUpTime)) {
			in.problem("q3GetUpTime", "TIME_IN_BED_ZERO", "must differ from the bed time");
		}
	}

	Map<String, Object> values() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("q1BedTime", this.q1BedTime);
		values.put("q2LatencyMinutes", this.q2LatencyMinutes);
		values.put("q3GetUpTime", this.q3GetUpTime);
		values.put("q4SleepHours", this.q4SleepHours);
		values.put("q5a", this.q5a);
		values.put("q5b", this.q5b);
		values.put("q5c", this.q5c);
		values.put("q5d", this.q5d);
		values.put("q5e", this.q5e);
		values.put("q5f", this.q5f);
		values.put("q5g", this.q5g);
		values.put("q5h", this.q5h);
		values.put("q5i", this.q5i);
		values.put("q5j", this.q5j);
		values.put("q5jText", this.q5jText);
		values.put("q6", this.q6);
		values.put("q7", this.q7);
		values.put("q8", this.q8);
		values.put("q9", this.q9);
		values.put("q10", this.q10);
		return values;
	}

	ObjectNode toJson() {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		values().forEach((key, value) -> {
			switch (value) {
				case null -> body.putNull(key);
				case Integer number -> body.put(key, number);
				case BigDecimal number -> body.put(key, number);
				default -> body.put(key, value.toString());
			}
		});
		return body;
	}

}
