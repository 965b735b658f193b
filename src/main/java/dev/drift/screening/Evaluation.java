package dev.drift.screening;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working state of one evaluation: which rows fired and what they contributed.
 * Policies write into it through {@link #fire(String)}; {@link ScreeningEngine} turns it
 * into a {@link ScreeningResult}.
 */
final class Evaluation {

	final Answers answers;

	final RuleSettings settings;

	final Questionnaire questionnaire;

	final Set<String> fired = new TreeSet<>();

	final Map<Scope, Level> levels = new EnumMap<>(Scope.class);

	final Map<String, Level> generalByRule = new HashMap<>();

	Pressure globalCap = Pressure.P5;

	final Map<String, Pressure> areaCaps = new HashMap<>();

	final Set<String> avoided = new TreeSet<>();

	final Set<String> codes = new TreeSet<>();

	final Set<String> points = new TreeSet<>();

	Integer maxMinutes;

	final Set<String> signposts = new TreeSet<>();

	final Set<String> clearances = new TreeSet<>();

	boolean emergency;

	boolean staffAlert;

	Evaluation(Answers answers, RuleSettings settings, Questionnaire questionnaire) {
		this.answers = answers;
		this.settings = settings;
		this.questionnaire = questionnaire;
	}

	Firing fire(String rule) {
		this.fired.add(rule);
		return new Firing(rule);
	}

	boolean fired(String rule) {
		return this.fired.contains(rule);
	}

	Collection<String> group(String name) {
		return this.questionnaire.areaGroup(name);
	}

	/**
	 * What one fired row adds; every method returns the firing, so a rule reads as one
	 * chain.
	 */
	final class Firing {

		private final String rule;

		private Firing(String rule) {
			this.rule = rule;
		}

		Firing contributes(Scope scope, Level level) {
			Evaluation.this.levels.merge(scope, level, Level::max);
			if (scope == Scope.GENERAL) {
				Evaluation.this.generalByRule.merge(this.rule, level, Level::max);
			}
			return this;
		}

		Firing clearance() {
			Evaluation.this.clearances.add(this.rule);
			return this;
		}

		Firing signpost() {
			Evaluation.this.signposts.add(this.rule);
			return this;
		}

		Firing emergency() {
			Evaluation.this.emergency = true;
			return this;
		}

		Firing staffAlert() {
			Evaluation.this.staffAlert = true;
			return this;
		}

		Firing capGlobal(Pressure cap) {
			Evaluation.this.globalCap = Evaluation.this.globalCap.min(cap);
			return this;
		}

		Firing cap(Collection<String> areas, Pressure cap) {
			areas.forEach((area) -> Evaluation.this.areaCaps.merge(area, cap, Pressure::min));
			return this;
		}

		Firing avoid(Collection<String> areas) {
			Evaluation.this.avoided.addAll(areas);
			return this;
		}

		Firing codes(String... codes) {
			Evaluation.this.codes.addAll(Set.of(codes));
			return this;
		}

		Firing points(String... tokens) {
			Evaluation.this.points.addAll(Set.of(tokens));
			return this;
		}

		Firing maxMinutes(int minutes) {
			Integer current = Evaluation.this.maxMinutes;
			Evaluation.this.maxMinutes = current == null ? minutes : Math.min(current, minutes);
			return this;
		}

	}

}
