package dev.drift.sleep;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.drift.SpecFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the sleep-diary vectors (every {@code *.json} file of schema
 * {@code drift.vectors.sleep-diary/1} in the folder named by the system property
 * {@code drift.sleep.vectors}, default {@code ../shared/spec/vectors}) and compares a
 * result with a vector's {@code expected} by the rules of spec §0: integers exactly,
 * {@code null} as null, percentages and means as display values (±0.005), instants as
 * instants. The result of an invalid night carries its code in {@code error}. Reused by
 * the in-process test and the API test (and later by {@code SleepVectorsTests}).
 */
final class DiaryVectorCheck {

	static final String SCHEMA = "drift.vectors.sleep-diary/1";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private DiaryVectorCheck() {
	}

	/** A night vector: its file, id, input and expected result. */
	record Night(String file, String id, JsonNode input, JsonNode expected) {

		@Override
		public String toString() {
			return this.id;
		}

	}

	/** An aggregate vector with the ids of its nights. */
	record Aggregate(String file, String id, List<String> nightIds, JsonNode expected) {

		@Override
		public String toString() {
			return this.id;
		}

	}

	static Path folder() {
		return SpecFiles.folder("drift.sleep.vectors", "vectors");
	}

	static List<JsonNode> diaryFiles() {
		List<JsonNode> files = new ArrayList<>();
		try (Stream<Path> paths = Files.list(folder())) {
			for (Path path : paths.filter((p) -> p.toString().endsWith(".json")).sorted().toList()) {
				JsonNode file = JSON.readTree(path.toFile());
				if (SCHEMA.equals(file.path("schema").asString(""))) {
					((ObjectNode) file).put("_file", path.getFileName().toString());
					files.add(file);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the vector folder " + folder().toAbsolutePath(), ex);
		}
		return files;
	}

	static List<Night> nights() {
		List<Night> nights = new ArrayList<>();
		for (JsonNode file : diaryFiles()) {
			for (JsonNode vector : file.path("vectors")) {
				nights.add(new Night(file.path("_file").asString(), vector.path("id").asString(), vector.path("input"),
						vector.path("expected")));
			}
		}
		return nights;
	}

	static List<Aggregate> aggregates() {
		List<Aggregate> aggregates = new ArrayList<>();
		for (JsonNode file : diaryFiles()) {
			for (JsonNode vector : file.path("aggregateVectors")) {
				List<String> ids = new ArrayList<>();
				vector.path("input").path("nightIds").forEach((id) -> ids.add(id.asString()));
				aggregates.add(new Aggregate(file.path("_file").asString(), vector.path("id").asString(), ids,
						vector.path("expected")));
			}
		}
		return aggregates;
	}

	/** Every night input by id, across all diary files of the folder. */
	static Map<String, JsonNode> inputsById() {
		Map<String, JsonNode> inputs = new LinkedHashMap<>();
		nights().forEach((night) -> inputs.put(night.id(), night.input()));
		return inputs;
	}

	/** The implementation in-process: a night input to its result as JSON. */
	static JsonNode evaluateInProcess(JsonNode input) {
		return toJson(NightlyMetricsRules.evaluate(JSON.treeToValue(input, MorningEntry.class)));
	}

	static JsonNode toJson(NightOutcome outcome) {
		if (outcome instanceof NightOutcome.Valid valid) {
			return JSON.valueToTree(valid.metrics());
		}
		NightOutcome.Invalid invalid = (NightOutcome.Invalid) outcome;
		ObjectNode node = JSON.createObjectNode();
		node.put("error", invalid.code());
		if (invalid.tibMinutes() != null) {
			node.put("tibMinutes", invalid.tibMinutes());
		}
		if (invalid.tstMinutes() != null) {
			node.put("tstMinutes", invalid.tstMinutes());
		}
		return node;
	}

	/**
	 * The implementation in-process: nights to the summary JSON (with excludedIndexes).
	 */
	static JsonNode summariseInProcess(List<JsonNode> inputs) {
		List<NightOutcome> outcomes = inputs.stream()
			.map((input) -> NightlyMetricsRules.evaluate(JSON.treeToValue(input, MorningEntry.class)))
			.toList();
		return JSON.valueToTree(DiarySummary.of(outcomes));
	}

	/**
	 * Mismatches between a night vector and the implementation's result (empty = pass).
	 */
	static List<String> check(Night night, Function<JsonNode, JsonNode> implementation) {
		List<String> problems = new ArrayList<>();
		compare(night.id(), night.expected(), implementation.apply(night.input()), problems);
		return problems;
	}

	/**
	 * Mismatches for an aggregate vector; the implementation gets the night inputs in
	 * order and answers a summary with {@code excludedIndexes}, which are mapped back to
	 * night ids for {@code excludedNightIds}.
	 */
	static List<String> check(Aggregate aggregate, Map<String, JsonNode> inputsById,
			Function<List<JsonNode>, JsonNode> implementation) {
		List<String> problems = new ArrayList<>();
		List<JsonNode> inputs = new ArrayList<>();
		for (String id : aggregate.nightIds()) {
			JsonNode input = inputsById.get(id);
			if (input == null) {
				problems.add(aggregate.id() + ": night " + id + " is not in the vector folder");
				return problems;
			}
			inputs.add(input);
		}
		JsonNode actual = implementation.apply(inputs);
		ObjectNode expected = (ObjectNode) aggregate.expected().deepCopy();
		JsonNode excludedIds = expected.remove("excludedNightIds");
		compare(aggregate.id(), expected, actual, problems);
		if (excludedIds != null) {
			List<String> actualIds = new ArrayList<>();
			actual.path("excludedIndexes").forEach((index) -> actualIds.add(aggregate.nightIds().get(index.asInt())));
			List<String> expectedIds = new ArrayList<>();
			excludedIds.forEach((id) -> expectedIds.add(id.asString()));
			if (!expectedIds.equals(actualIds)) {
				problems.add(aggregate.id() + ".excludedNightIds: expected " + expectedIds + " but was " + actualIds);
			}
		}
		return problems;
	}

	static void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
		if (expected.isObject()) {
			if (!actual.isObject()) {
				problems.add(path + ": expected an object but was " + actual);
				return;
			}
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				JsonNode value = actual.get(field.getKey());
				if (value == null) {
					problems.add(path + "." + field.getKey() + ": missing");
				}
				else {
					compare(path + "." + field.getKey(), field.getValue(), value, problems);
				}
			}
		}
		else if (expected.isArray()) {
			if (!actual.isArray() || actual.size() != expected.size()) {
				problems.add(path + ": expected " + expected + " but was " + actual);
				return;
			}
			for (int i = 0; i < expected.size(); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), problems);
			}
		}
		else if (expected.isNull()) {
			if (!actual.isNull()) {
				problems.add(path + ": expected null but was " + actual);
			}
		}
		else if (expected.isNumber()) {
			compareNumber(path, expected, actual, problems);
		}
		else if (expected.isString()) {
			compareString(path, expected.asString(), actual, problems);
		}
		else if (!expected.equals(actual)) {
			problems.add(path + ": expected " + expected + " but was " + actual);
		}
	}

	private static void compareNumber(String path, JsonNode expected, JsonNode actual, List<String> problems) {
		if (!actual.isNumber()) {
			problems.add(path + ": expected " + expected + " but was " + actual);
			return;
		}
		boolean displayValue = path.contains("Percent") || path.contains(".mean");
		if (!displayValue) {
			if (!actual.isIntegralNumber() || actual.longValue() != expected.longValue()) {
				problems.add(path + ": expected " + expected + " but was " + actual);
			}
			return;
		}
		BigDecimal want = expected.decimalValue();
		BigDecimal got = actual.decimalValue();
		boolean sameRounded = want.setScale(2, RoundingMode.HALF_UP)
			.compareTo(got.setScale(2, RoundingMode.HALF_UP)) == 0;
		if (!sameRounded && want.subtract(got).abs().compareTo(new BigDecimal("0.005")) > 0) {
			problems.add(path + ": expected " + expected + " but was " + actual);
		}
	}

	private static void compareString(String path, String expected, JsonNode actual, List<String> problems) {
		if (!actual.isString()) {
			problems.add(path + ": expected \"" + expected + "\" but was " + actual);
			return;
		}
		if (expected.equals(actual.asString())) {
			return;
		}
		try {
			if (Instant.parse(expected).equals(Instant.parse(actual.asString()))) {
				return;
			}
		}
		catch (DateTimeException notAnInstant) {
			// compared as text below
		}
		problems.add(path + ": expected \"" + expected + "\" but was \"" + actual.asString() + "\"");
	}

}
