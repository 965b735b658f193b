package dev.drift.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.drift.plan.Recommendation.Maintenance;
import dev.drift.plan.Recommendation.PressureRange;
import dev.drift.screening.Answers;
import dev.drift.screening.Level;
import dev.drift.screening.Pressure;
import dev.drift.screening.ScreeningEngine;
import dev.drift.screening.ScreeningResult;
import tools.jackson.databind.JsonNode;

/**
 * {@code recommend(input) → plan} of plan-recommendation.md §4, step by step: screens the
 * answers with the engine (rule-set defaults), decides whether a session is possible
 * (P03), then profile, techniques, pressure, length, add-ons, phase and reasons. Pure: no
 * clock, no database, no clinic setting; thread-safe.
 */
public final class Recommender {

	/** Clearance rows that gate only foot work or the DIY routine (P03). */
	private static final Set<String> FOOT_ONLY_CLEARANCES = Set.of("F04", "F06", "F08");

	private static final Set<String> SLEEP_GOALS = Set.of("fall_asleep_faster", "stay_asleep");

	private static final Set<String> REST_GOALS = Set.of("fall_asleep_faster", "stay_asleep", "stress_anxiety");

	private static final Set<String> CHRONIC_GOALS = Set.of("chronic_tension", "chronic_pain",
			"widespread_pain_fatigue");

	private final ScreeningEngine engine;

	public Recommender(ScreeningEngine engine) {
		this.engine = engine;
	}

	/**
	 * Validates the input (P01) and recommends.
	 * @throws dev.drift.shared.InvalidInputException {@code INVALID_ANSWERS}
	 */
	public Recommendation recommend(JsonNode input) {
		return recommend(PlanInput.read(input, this.engine.questionnaire()));
	}

	Recommendation recommend(PlanInput input) {
		ScreeningResult s = this.engine.evaluate(input.answers());
		if (blocked(s, input.clearedRules())) {
			return Recommendation.blockedAt(s.sessionLevel());
		}
		Answers a = input.answers();
		List<String> mods = s.mustIncludeModifications();
		Set<String> goals = Set.copyOf(a.selected("goals"));
		boolean sleepGoal = goals.stream().anyMatch(SLEEP_GOALS::contains);
		boolean restGoal = goals.stream().anyMatch(REST_GOALS::contains);
		Set<String> avoided = Set.copyOf(s.avoidedAreas());
		int workableSites = (int) a.selected("pain_sites")
			.stream()
			.distinct()
			.filter((site) -> !avoided.contains(site))
			.count();
		Optional<Integer> maxMinutes = s.maxMinutes();
		boolean deepAllowed = !s.pressureCap().below(Pressure.P4) && !mods.contains("NO_DEEP_TISSUE");
		Profile profile = profile(s, input.firstVisit(), a, goals, restGoal);

		Set<String> reasons = new TreeSet<>();
		reasons.add(profile.name());
		Pressure max = s.pressureCap().min(profile.profileMax);
		Pressure preference = Pressure.valueOf(a.text("pressure_preference").orElseThrow());
		Pressure start = clamp(preference, profile.low, profile.defaultHigh).min(max);
		if (max.below(profile.profileMax)) {
			reasons.add("M1");
		}
		int minutes = profile.baseMinutes(workableSites);
		if (maxMinutes.isPresent() && maxMinutes.get() < minutes) {
			minutes = maxMinutes.get();
			reasons.add("M5");
		}
		boolean foot = profile.offersFootAddOn() && restGoal
				&& (s.footLevel() == Level.OK || s.footLevel() == Level.MODIFY) && !avoided.contains("left_foot")
				&& !avoided.contains("right_foot") && maxMinutes.isEmpty();
		if (foot) {
			reasons.add("M3");
		}
		boolean aroma = restGoal && !mods.contains("NO_ESSENTIAL_OILS") && !mods.contains("UNSCENTED_MEDIUM");
		if (aroma) {
			reasons.add("M4");
		}
		if (sleepGoal) {
			reasons.add("M2");
		}
		boolean chronic = a.isTrue("sleep_trouble_long_term") || a.isTrue("fibromyalgia")
				|| a.isTrue("back_pain_or_sciatica") || goals.stream().anyMatch(CHRONIC_GOALS::contains);
		return new Recommendation(false, s.sessionLevel(), profile.name(), profile.techniques(deepAllowed),
				new PressureRange(start, max), minutes, foot ? 30 : 0, aroma, sleepGoal, profile.skill,
				chronic ? "A" : "SINGLE", chronic ? 1 : null, chronic ? 6 : null, chronic ? 6 : null,
				Maintenance.STANDARD, s.signposts(), mods, List.copyOf(reasons));
	}

	/**
	 * DEFER and URGENT block; CLEARANCE blocks while a session-gating clearance is
	 * missing (P03).
	 */
	private static boolean blocked(ScreeningResult s, Set<String> cleared) {
		if (s.sessionLevel() == Level.DEFER || s.sessionLevel() == Level.URGENT) {
			return true;
		}
		return s.sessionLevel() == Level.CLEARANCE && s.clearanceRules()
			.stream()
			.filter((rule) -> !FOOT_ONLY_CLEARANCES.contains(rule))
			.anyMatch((rule) -> !cleared.contains(rule));
	}

	/** The first matching profile, in the order of P05. */
	private static Profile profile(ScreeningResult s, boolean firstVisit, Answers a, Set<String> goals,
			boolean restGoal) {
		List<String> fired = s.triggeredRules();
		if (fired.contains("G16") || fired.contains("G17") || fired.contains("G18")) {
			return Profile.T1;
		}
		if (fired.contains("G12") || fired.contains("G13") || fired.contains("G14")) {
			return Profile.T2;
		}
		if (firstVisit) {
			return Profile.T7;
		}
		if (a.isTrue("fibromyalgia") || goals.contains("widespread_pain_fatigue")) {
			return Profile.T3;
		}
		if (a.isTrue("desk_bound") || goals.contains("chronic_tension")) {
			return Profile.T4;
		}
		if (goals.contains("chronic_pain") || a.isTrue("back_pain_or_sciatica")) {
			return Profile.T5;
		}
		return restGoal ? Profile.T6 : Profile.T7;
	}

	private static Pressure clamp(Pressure value, Pressure low, Pressure high) {
		if (value.below(low)) {
			return low;
		}
		return high.below(value) ? high : value;
	}

}
