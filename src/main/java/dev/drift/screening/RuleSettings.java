package dev.drift.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.drift.shared.FieldProblem;

/**
 * The clinic-adjustable thresholds and policies the rules read (questionnaire
 * {@code thresholds} and {@code policyDefaults}). All thresholds are inclusive.
 *
 * @param feverCelsius G01: a temperature at or above this defers
 * @param bpDeferSystolic G06 systolic line (default 160)
 * @param bpDeferDiastolic G06 diastolic line (default 100)
 * @param bpUrgentSystolic G07 systolic line (default 180)
 * @param bpUrgentDiastolic G07 diastolic line (default 120)
 * @param dvtRecentMonths G05: a clot this many whole months ago or fewer needs clearance
 * @param surgeryRecentWeeks G20: surgery this many weeks ago or fewer needs clearance
 * @param firstTrimesterMaxWeeks G18: first trimester up to this week
 * @param pregnancyNoProneFromWeeks no prone position from this week
 * @param pregnancySideLyingFromWeeks side-lying or semi-reclined, no flat supine, from
 * this week
 * @param firstTrimesterLevel G18 policy: MODIFY (default) or DEFER
 */
public record RuleSettings(BigDecimal feverCelsius, int bpDeferSystolic, int bpDeferDiastolic, int bpUrgentSystolic,
		int bpUrgentDiastolic, int dvtRecentMonths, int surgeryRecentWeeks, int firstTrimesterMaxWeeks,
		int pregnancyNoProneFromWeeks, int pregnancySideLyingFromWeeks, Level firstTrimesterLevel) {

	/**
	 * Clinical ranges a clinic's settings must keep (inclusive); see {@link #problems()}.
	 */
	public static final BigDecimal FEVER_MIN = new BigDecimal("37.5");

	public static final BigDecimal FEVER_MAX = new BigDecimal("39.0");

	public static final int[] DEFER_SYSTOLIC = { 130, 200 };

	public static final int[] DEFER_DIASTOLIC = { 80, 120 };

	public static final int[] URGENT_SYSTOLIC = { 150, 240 };

	public static final int[] URGENT_DIASTOLIC = { 90, 140 };

	public static final int[] DVT_MONTHS = { 1, 24 };

	public static final int[] SURGERY_WEEKS = { 1, 52 };

	/**
	 * Where these settings leave the clinical ranges (empty when they are sound): fever
	 * line 37.5–39.0 °C with one decimal; blood-pressure lines within physiological
	 * bounds (defer 130–200 / 80–120 mmHg, urgent 150–240 / 90–140) and each defer line
	 * below its urgent line; a clot 1–24 months and surgery 1–52 weeks back; the
	 * first-trimester policy MODIFY or DEFER. Stored versions are read as they are; a
	 * change is refused with these problems.
	 */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.feverCelsius == null || this.feverCelsius.stripTrailingZeros().scale() > 1
				|| this.feverCelsius.compareTo(FEVER_MIN) < 0 || this.feverCelsius.compareTo(FEVER_MAX) > 0) {
			problems.add(new FieldProblem("feverCelsius", "OUT_OF_RANGE",
					"A temperature from " + FEVER_MIN + " to " + FEVER_MAX + " °C, one decimal"));
		}
		range(problems, "bpDeferSystolic", this.bpDeferSystolic, DEFER_SYSTOLIC);
		range(problems, "bpDeferDiastolic", this.bpDeferDiastolic, DEFER_DIASTOLIC);
		range(problems, "bpUrgentSystolic", this.bpUrgentSystolic, URGENT_SYSTOLIC);
		range(problems, "bpUrgentDiastolic", this.bpUrgentDiastolic, URGENT_DIASTOLIC);
		if (this.bpDeferSystolic >= this.bpUrgentSystolic) {
			problems.add(new FieldProblem("bpUrgentSystolic", "URGENT_NOT_ABOVE_DEFER",
					"The urgent line must be above the defer line"));
		}
		if (this.bpDeferDiastolic >= this.bpUrgentDiastolic) {
			problems.add(new FieldProblem("bpUrgentDiastolic", "URGENT_NOT_ABOVE_DEFER",
					"The urgent line must be above the defer line"));
		}
		range(problems, "dvtRecentMonths", this.dvtRecentMonths, DVT_MONTHS);
		range(problems, "surgeryRecentWeeks", this.surgeryRecentWeeks, SURGERY_WEEKS);
		if (this.firstTrimesterLevel != Level.MODIFY && this.firstTrimesterLevel != Level.DEFER) {
			problems.add(new FieldProblem("firstTrimesterLevel", "UNKNOWN_OPTION", "MODIFY or DEFER"));
		}
		return problems;
	}

	private static void range(List<FieldProblem> problems, String field, int value, int[] range) {
		if (value < range[0] || value > range[1]) {
			problems.add(new FieldProblem(field, "OUT_OF_RANGE", "From " + range[0] + " to " + range[1]));
		}
	}

	public RuleSettings withBloodPressure(int deferSystolic, int deferDiastolic, int urgentSystolic,
			int urgentDiastolic) {
		return new RuleSettings(this.feverCelsius, deferSystolic, deferDiastolic, urgentSystolic, urgentDiastolic,
				this.dvtRecentMonths, this.surgeryRecentWeeks, this.firstTrimesterMaxWeeks,
				this.pregnancyNoProneFromWeeks, this.pregnancySideLyingFromWeeks, this.firstTrimesterLevel);
	}

	public RuleSettings withFirstTrimesterLevel(Level level) {
		return new RuleSettings(this.feverCelsius, this.bpDeferSystolic, this.bpDeferDiastolic, this.bpUrgentSystolic,
				this.bpUrgentDiastolic, this.dvtRecentMonths, this.surgeryRecentWeeks, this.firstTrimesterMaxWeeks,
				this.pregnancyNoProneFromWeeks, this.pregnancySideLyingFromWeeks, level);
	}

	public RuleSettings withWindows(int dvtMonths, int surgeryWeeks) {
		return new RuleSettings(this.feverCelsius, this.bpDeferSystolic, this.bpDeferDiastolic, this.bpUrgentSystolic,
				this.bpUrgentDiastolic, dvtMonths, surgeryWeeks, this.firstTrimesterMaxWeeks,
				this.pregnancyNoProneFromWeeks, this.pregnancySideLyingFromWeeks, this.firstTrimesterLevel);
	}

}
