package dev.drift.screening;

import java.math.BigDecimal;
import java.util.Objects;

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

	public RuleSettings {
		Objects.requireNonNull(feverCelsius, "feverCelsius");
		Objects.requireNonNull(firstTrimesterLevel, "firstTrimesterLevel");
		if (firstTrimesterLevel != Level.MODIFY && firstTrimesterLevel != Level.DEFER) {
			throw new IllegalArgumentException("The first-trimester policy is MODIFY or DEFER");
		}
		if (bpDeferSystolic > bpUrgentSystolic || bpDeferDiastolic > bpUrgentDiastolic) {
			throw new IllegalArgumentException("The urgent blood-pressure line must not be below the defer line");
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
