package dev.drift.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The screening engine (screening-README §3–§5): runs every named policy over validated
 * answers with a clinic's settings and builds the canonical result. Stateless and
 * thread-safe; no Spring needed.
 */
public final class ScreeningEngine {

	private final Questionnaire questionnaire;

	private final List<ScreeningPolicy> policies;

	public ScreeningEngine(Questionnaire questionnaire) {
		this(questionnaire, StandardPolicies.all());
	}

	ScreeningEngine(Questionnaire questionnaire, List<ScreeningPolicy> policies) {
		this.questionnaire = questionnaire;
		this.policies = List.copyOf(policies);
		Set<String> decided = policies.stream().flatMap((p) -> p.rules().stream()).collect(Collectors.toSet());
		Set<String> rows = questionnaire.rules().stream().map(RuleRow::id).collect(Collectors.toSet());
		if (!decided.equals(rows)) {
			throw new IllegalStateException(
					"Rules without a policy or policies without a rule: rows " + rows + ", policies " + decided);
		}
	}

	public Questionnaire questionnaire() {
		return this.questionnaire;
	}

	/** Screens answers with the questionnaire's default thresholds and policies. */
	public ScreeningResult evaluate(Answers answers) {
		return evaluate(answers, this.questionnaire.defaultSettings());
	}

	public ScreeningResult evaluate(Answers answers, RuleSettings settings) {
		Evaluation e = new Evaluation(answers, settings, this.questionnaire);
		this.policies.forEach((policy) -> policy.apply(e));
		Level session = e.levels.getOrDefault(Scope.GENERAL, Level.OK);
		Level foot = session.max(e.levels.getOrDefault(Scope.FOOT, Level.OK));
		Level diy = foot.max(e.levels.getOrDefault(Scope.DIY, Level.OK));
		Pressure preference = answers.text("pressure_preference").map(Pressure::valueOf).orElse(Pressure.P5);
		Pressure cap = preference.min(e.globalCap);
		return new ScreeningResult(session, foot, diy, cap, List.copyOf(e.fired), modifications(e, cap),
				List.copyOf(e.points), e.emergency, List.copyOf(e.signposts), List.copyOf(e.clearances),
				session == Level.URGENT || e.staffAlert);
	}

	private static List<String> modifications(Evaluation e, Pressure cap) {
		Set<String> mods = new TreeSet<>(e.codes);
		e.avoided.forEach((area) -> mods.add("AVOID_AREA(" + area + ")"));
		if (cap.below(Pressure.P5)) {
			mods.add("CAP(global," + cap + ")");
		}
		if (cap.below(Pressure.P4)) {
			mods.add("NO_DEEP_TISSUE");
		}
		e.areaCaps.forEach((area, areaCap) -> {
			if (!e.avoided.contains(area) && areaCap.below(cap)) {
				mods.add("CAP(" + area + "," + areaCap + ")");
			}
		});
		if (!e.points.isEmpty()) {
			mods.add("AVOID_POINTS(" + String.join(",", e.points) + ")");
		}
		if (e.maxMinutes != null) {
			mods.add("MAX_MINUTES(" + e.maxMinutes + ")");
		}
		return new ArrayList<>(mods);
	}

}
