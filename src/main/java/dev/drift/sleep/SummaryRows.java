package dev.drift.sleep;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The baseline beside the latest week, one row per measure, for the sleep page.
 *
 * @param key the measure's message key suffix
 * @param baseline the baseline mean, or null when the baseline lacks nights
 * @param latest the latest week's mean, or null when the week lacks nights
 * @param change latest minus baseline, or null
 * @param improved whether the change is an improvement (lower is better for the first
 * three measures)
 */
record SummaryRows(String key, BigDecimal baseline, BigDecimal latest, BigDecimal change, boolean improved) {

	/**
	 * Decimals shown: whole minutes; one decimal for the efficiency percentage and the
	 * mean awakenings and quality.
	 */
	public int decimals() {
		return switch (this.key) {
			case "sol", "waso", "tst" -> 0;
			default -> 1;
		};
	}

	static List<SummaryRows> of(SleepSummary summary) {
		if (summary.baseline() == null) {
			return List.of();
		}
		SummaryWindow baseline = summary.baseline().enoughData() ? summary.baseline() : null;
		SleepSummary.Week week = summary.latestWeek();
		SummaryWindow latest = (week != null && week.window().enoughData()) ? week.window() : null;
		return List.of(row("sol", baseline, latest, DiarySummary::meanSolMinutes, false),
				row("waso", baseline, latest, DiarySummary::meanWasoMinutes, false),
				row("nwak", baseline, latest, DiarySummary::meanNwak, false),
				row("tst", baseline, latest, DiarySummary::meanTstMinutes, true),
				row("se", baseline, latest, DiarySummary::meanNightlySePercent, true),
				row("quality", baseline, latest, DiarySummary::meanQuality, true));
	}

	private static SummaryRows row(String key, SummaryWindow baseline, SummaryWindow latest,
			Function<DiarySummary, BigDecimal> measure, boolean higherIsBetter) {
		BigDecimal before = (baseline == null) ? null : measure.apply(baseline.summary());
		BigDecimal after = (latest == null) ? null : measure.apply(latest.summary());
		BigDecimal change = (before == null || after == null) ? null : after.subtract(before);
		boolean improved = change != null && (higherIsBetter ? change.signum() > 0 : change.signum() < 0);
		return new SummaryRows(key, before, after, change, improved);
	}

}
