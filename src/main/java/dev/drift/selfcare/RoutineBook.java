package dev.drift.selfcare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.drift.screening.Pressure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The routine as data ({@code selfcare/routines/diy_foot_v1.json}, clinical rules §3.6):
 * variants with their steps in order, each step's seconds per variant, condition
 * variants, caps, points and body areas. Loading checks that each variant adds up to its
 * stated total (900 s, 620 s, 360 s), so a wrong file stops the application from
 * starting.
 */
record RoutineBook(String routine, String version, Map<String, VariantDef> variants, Map<String, StepDef> steps,
		List<SelfCheck> selfCheck, Map<String, Map<String, List<String>>> areas) {

	static final String STANDARD = "standard_15";

	static final String SHORT = "short_10";

	static final String HANDS_BREATH = "hands_breath";

	static final String PATH = "selfcare/routines/diy_foot_v1.json";

	private static final RoutineBook STANDARD_BOOK = load(PATH);

	/** The routine in force. */
	static RoutineBook standard() {
		return STANDARD_BOOK;
	}

	boolean knows(String variant) {
		return variant != null && this.variants.containsKey(variant);
	}

	static RoutineBook load(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return parse(JsonMapper.builder().build().readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	static RoutineBook parse(JsonNode root) {
		Map<String, StepDef> steps = new LinkedHashMap<>();
		for (JsonNode step : root.get("steps")) {
			Map<String, Integer> secs = new LinkedHashMap<>();
			step.get("secs").properties().forEach((e) -> secs.put(e.getKey(), e.getValue().asInt()));
			Map<String, List<String>> mods = new LinkedHashMap<>();
			step.path("mods").properties().forEach((e) -> mods.put(e.getKey(), strings(e.getValue())));
			Map<String, Pressure> cap = new LinkedHashMap<>();
			step.path("cap")
				.properties()
				.forEach((e) -> cap.put(e.getKey(), Pressure.valueOf(e.getValue().asString())));
			String defaultCap = step.path("defaultCap").asString(null);
			StepDef def = new StepDef(step.get("id").asString(), step.get("area").asString(),
					step.path("perFoot").asBoolean(false), step.path("perSide").asBoolean(false),
					step.path("pressure").asBoolean(false), step.path("point").asString(null),
					step.path("figure").asString(null), secs, mods, cap,
					defaultCap == null ? null : Pressure.valueOf(defaultCap), strings(step.path("skipIf")),
					strings(step.path("pointCautions")));
			steps.put(def.id(), def);
		}
		Map<String, VariantDef> variants = new LinkedHashMap<>();
		root.get("variants").properties().forEach((e) -> {
			VariantDef variant = new VariantDef(e.getKey(), e.getValue().get("totalSeconds").asInt(),
					e.getValue().get("footSteps").asBoolean(), strings(e.getValue().get("steps")));
			variants.put(variant.id(), variant);
		});
		List<SelfCheck> checks = new ArrayList<>();
		for (JsonNode check : root.path("gate").path("selfCheck")) {
			checks.add(new SelfCheck(check.get("id").asString(), strings(check.get("covers")),
					check.get("advice").asString()));
		}
		Map<String, Map<String, List<String>>> areas = new LinkedHashMap<>();
		root.get("areas").properties().forEach((area) -> {
			Map<String, List<String>> sides = new LinkedHashMap<>();
			area.getValue().properties().forEach((side) -> sides.put(side.getKey(), strings(side.getValue())));
			areas.put(area.getKey(), sides);
		});
		RoutineBook book = new RoutineBook(root.get("routine").asString(), root.get("version").asString(), variants,
				steps, checks, areas);
		book.check();
		return book;
	}

	/** Every variant's steps exist, have seconds for it and add up to its total. */
	private void check() {
		for (VariantDef variant : this.variants.values()) {
			int total = 0;
			for (String id : variant.steps()) {
				StepDef step = this.steps.get(id);
				if (step == null || !step.secs().containsKey(variant.id()) || !this.areas.containsKey(step.area())) {
					throw new IllegalStateException(
							"Routine " + this.routine + ": step " + id + " is incomplete for " + variant.id());
				}
				total += step.secs().get(variant.id()) * (step.twoSided() ? 2 : 1);
			}
			if (total != variant.totalSeconds()) {
				throw new IllegalStateException("Routine " + this.routine + ": " + variant.id() + " adds up to " + total
						+ " s, not " + variant.totalSeconds());
			}
		}
		if (!this.variants.containsKey(STANDARD) || !this.variants.containsKey(SHORT)
				|| !this.variants.containsKey(HANDS_BREATH)) {
			throw new IllegalStateException("Routine " + this.routine + " lacks a variant");
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return List.copyOf(values);
	}

	/** A variant: its stated total, whether it has foot steps, its steps in order. */
	record VariantDef(String id, int totalSeconds, boolean footSteps, List<String> steps) {
	}

	/**
	 * One step as the file defines it; {@code secs} per foot or side where
	 * {@link #twoSided()}.
	 */
	record StepDef(String id, String area, boolean perFoot, boolean perSide, boolean pressure, String point,
			String figure, Map<String, Integer> secs, Map<String, List<String>> mods, Map<String, Pressure> cap,
			Pressure defaultCap, List<String> skipIf, List<String> pointCautions) {

		boolean twoSided() {
			return this.perFoot || this.perSide;
		}

	}

	/** One self-check question of the gate and the advice a yes shows. */
	record SelfCheck(String id, List<String> covers, String advice) {
	}

}
