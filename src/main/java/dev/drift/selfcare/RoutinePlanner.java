package dev.drift.selfcare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.drift.screening.Level;
import dev.drift.screening.Pressure;
import dev.drift.screening.ScreeningResult;
import dev.drift.selfcare.RoutineBook.StepDef;
import dev.drift.selfcare.RoutineBook.VariantDef;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.RuleViolationException;

/**
 * The gate of §3.0 and the routine built from the routine file and a screening: pure, no
 * storage, no clock. The gate runs every time: {@code diyFootLevel} URGENT, DEFER or
 * CLEARANCE without the clearance recorded hides the foot steps and offers the
 * hands-and-breath variant; points in {@code blockedPoints} (or all of them for
 * {@code ALL}) never appear; LR3 is left out in pregnancy; an avoided foot or wrist is
 * left out of its per-foot or per-side steps (both feet avoided hide the foot steps too,
 * design choice D).
 */
final class RoutinePlanner {

	static final List<String> SIDES = List.of("left", "right");

	static final Set<String> PREGNANCY_RULES = Set.of("G16", "G17", "G18");

	private RoutinePlanner() {
	}

	/**
	 * @param result the latest screening, {@code null} without one
	 * @param pendingClearances the screening's clearance rules not (or no longer) cleared
	 */
	static Routine.Gate gate(ScreeningResult result, List<String> pendingClearances) {
		if (result == null) {
			return new Routine.Gate(null, "NO_SCREENING");
		}
		Level level = result.diyFootLevel();
		if (level == Level.URGENT || level == Level.DEFER) {
			return new Routine.Gate(level, "DIY_FOOT_LEVEL_" + level);
		}
		if (level == Level.CLEARANCE && !pendingClearances.isEmpty()) {
			return new Routine.Gate(level, "CLEARANCE_NOT_RECORDED");
		}
		List<String> avoided = result.avoidedAreas();
		if (avoided.contains("left_foot") && avoided.contains("right_foot")) {
			return new Routine.Gate(level, "BOTH_FEET_AVOIDED");
		}
		return new Routine.Gate(level, level == Level.CLEARANCE ? "CLEARED" : "FOOT_STEPS_ALLOWED");
	}

	/**
	 * The variant tonight: the one asked for (refused when unknown, or when the gate
	 * forbids its foot steps), else the therapist's (when the gate allows it), else the
	 * standard routine, or hands-and-breath when the gate blocks the foot steps.
	 */
	static String variant(RoutineBook book, String requested, String assigned, Routine.Gate gate) {
		if (requested != null) {
			if (!book.knows(requested)) {
				throw unknownVariant(book);
			}
			if (book.variants().get(requested).footSteps() && !gate.footStepsAllowed()) {
				throw new RuleViolationException("ROUTINE_VARIANT_BLOCKED",
						"The foot steps are not for tonight (" + gate.reason() + "): use hands_breath");
			}
			return requested;
		}
		if (!gate.footStepsAllowed()) {
			return RoutineBook.HANDS_BREATH;
		}
		return book.knows(assigned) ? assigned : RoutineBook.STANDARD;
	}

	static InvalidInputException unknownVariant(RoutineBook book) {
		String known = String.join(", ", book.variants().keySet());
		return new InvalidInputException("INVALID_VARIANT", "Unknown variant: use one of " + known,
				List.of(new FieldProblem("variant", "UNKNOWN_VARIANT", "Use one of " + known)));
	}

	static Routine plan(RoutineBook book, String variantId, ScreeningResult result, Routine.Gate gate,
			boolean daySleeper) {
		VariantDef variant = book.variants().get(variantId);
		Facts facts = Facts.of(result);
		List<Routine.Step> steps = new ArrayList<>();
		for (String id : variant.steps()) {
			StepDef def = book.steps().get(id);
			Routine.Step step = step(book, def, variant.id(), facts);
			if (step != null) {
				steps.add(step);
			}
		}
		int total = steps.stream().mapToInt(Routine.Step::totalSeconds).sum();
		List<String> allowed = gate.footStepsAllowed() ? List.copyOf(book.variants().keySet())
				: List.of(RoutineBook.HANDS_BREATH);
		boolean lavender = result != null && !facts.modifications().contains("NO_ESSENTIAL_OILS");
		return new Routine(book.routine(), book.version(), variant.id(), total, variant.footSteps(), gate, steps,
				facts.blockedPoints(), allowed, new Routine.Bedtime(lavender, daySleeper));
	}

	private static Routine.Step step(RoutineBook book, StepDef def, String variant, Facts facts) {
		if (def.point() != null
				&& (facts.blockedPoints().contains(def.point()) || facts.blockedPoints().contains("ALL"))) {
			return null;
		}
		if (def.skipIf().contains("pregnant") && facts.pregnant()) {
			return null;
		}
		Map<String, List<String>> areas = book.areas().get(def.area());
		Set<String> modifications = new TreeSet<>();
		List<String> sides = new ArrayList<>();
		List<String> treated = new ArrayList<>();
		for (Map.Entry<String, List<String>> side : areas.entrySet()) {
			List<String> avoidedHere = side.getValue().stream().filter(facts.avoided()::contains).toList();
			avoidedHere.forEach((area) -> modifications.add("AVOID_AREA(" + area + ")"));
			if (avoidedHere.isEmpty()) {
				treated.addAll(side.getValue());
				if (SIDES.contains(side.getKey())) {
					sides.add(side.getKey());
				}
			}
		}
		if (def.twoSided() && sides.isEmpty()) {
			return null;
		}
		def.mods().forEach((key, codes) -> {
			if (facts.holds(key)) {
				modifications.addAll(codes);
			}
		});
		if (modifications.contains("NO_ESSENTIAL_OILS")) {
			// lavender is ruled out, so there is nothing to dilute
			modifications.remove("DILUTE");
		}
		for (String token : def.pointCautions()) {
			if (facts.blockedPoints().contains(token) || facts.blockedPoints().contains("ALL")) {
				modifications.add("AVOID_POINTS(" + token + ")");
			}
		}
		Pressure cap = null;
		if (def.pressure()) {
			cap = (def.defaultCap() != null) ? def.defaultCap() : Pressure.P5;
			cap = cap.min(facts.pressureCap());
			for (String area : treated) {
				Pressure areaCap = facts.areaCaps().get(area);
				cap = (areaCap == null) ? cap : cap.min(areaCap);
			}
			for (Map.Entry<String, Pressure> rowCap : def.cap().entrySet()) {
				if (facts.holds(rowCap.getKey())) {
					cap = cap.min(rowCap.getValue());
				}
			}
			cap = (cap == Pressure.P5) ? null : cap;
		}
		return new Routine.Step(def.id(), def.secs().get(variant), def.perFoot(), def.perSide(),
				def.twoSided() ? sides : List.of(), List.copyOf(modifications), cap, def.point(), def.figure());
	}

	/** What the routine needs of a screening; nothing to adapt without one. */
	private record Facts(Set<String> rules, List<String> modifications, List<String> blockedPoints,
			List<String> avoided, Map<String, Pressure> areaCaps, Pressure pressureCap, boolean pregnant) {

		static Facts of(ScreeningResult result) {
			if (result == null) {
				return new Facts(Set.of(), List.of(), List.of(), List.of(), Map.of(), Pressure.P5, false);
			}
			Set<String> rules = Set.copyOf(result.triggeredRules());
			return new Facts(rules, result.mustIncludeModifications(), result.blockedPoints(), result.avoidedAreas(),
					result.areaCaps(), result.pressureCap(), rules.stream().anyMatch(PREGNANCY_RULES::contains));
		}

		/**
		 * A condition of the file: a fired rule, {@code pregnant}, or a modification
		 * code.
		 */
		boolean holds(String key) {
			return "pregnant".equals(key) ? this.pregnant
					: this.rules.contains(key) || this.modifications.contains(key);
		}

	}

}
