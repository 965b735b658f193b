package dev.drift.plan;

import java.util.ArrayList;
import java.util.List;

import dev.drift.plan.Recommendation.PressureRange;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;

/**
 * What a therapist changes in a recommendation; {@code null} keeps the recommended value.
 * {@code modifications} replaces the list (it may add codes, never drop one the screening
 * makes mandatory).
 */
public record Adjustments(List<Technique> techniques, PressureRange pressure, Integer minutes, Integer footAddOnMinutes,
		Boolean aromatherapy, Integer sessionsPerWeek, Integer weeks, List<String> modifications) {

	public static final Adjustments NONE = new Adjustments(null, null, null, null, null, null, null, null);

	static final int MAX_BOOKING_MINUTES = 120;

	/**
	 * Ranges every plan keeps, whatever the screening says (422 {@code INVALID_PLAN}).
	 */
	void requireSensible() {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.techniques != null && (this.techniques.isEmpty() || this.techniques.contains(null))) {
			problems.add(new FieldProblem("adjustments.techniques", "TOO_FEW", "Choose at least one technique"));
		}
		if (this.pressure != null && (this.pressure.start() == null || this.pressure.max() == null
				|| this.pressure.max().below(this.pressure.start()))) {
			problems.add(new FieldProblem("adjustments.pressure", "OUT_OF_RANGE",
					"Give a starting pressure and a maximum at least as firm"));
		}
		if (this.minutes != null
				&& (this.minutes < 15 || this.minutes > MAX_BOOKING_MINUTES || this.minutes % 5 != 0)) {
			problems.add(new FieldProblem("adjustments.minutes", "OUT_OF_RANGE", "15 to 120 minutes, in steps of 5"));
		}
		if (this.footAddOnMinutes != null
				&& (this.footAddOnMinutes < 0 || this.footAddOnMinutes > 30 || this.footAddOnMinutes % 5 != 0)) {
			problems.add(
					new FieldProblem("adjustments.footAddOnMinutes", "OUT_OF_RANGE", "0 to 30 minutes, in steps of 5"));
		}
		if (this.sessionsPerWeek != null && (this.sessionsPerWeek < 1 || this.sessionsPerWeek > 2)) {
			problems.add(new FieldProblem("adjustments.sessionsPerWeek", "OUT_OF_RANGE", "Once or twice a week"));
		}
		if (this.weeks != null && (this.weeks < 4 || this.weeks > 8)) {
			problems.add(new FieldProblem("adjustments.weeks", "OUT_OF_RANGE", "4 to 8 weeks"));
		}
		if (this.modifications != null && this.modifications.stream().anyMatch((m) -> m == null || m.isBlank())) {
			problems.add(new FieldProblem("adjustments.modifications", "WRONG_TYPE", "Modification codes only"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("INVALID_PLAN", "Some adjustments are not valid", problems);
		}
	}

}
