package dev.drift.sleep;

import java.util.List;

/**
 * A client's diary summaries: the baseline window and the weekly windows (newest first),
 * each week with its change from baseline when both have enough data.
 *
 * @param baseline the baseline window, or null when there are no nights
 * @param provisionalBaseline true when no first session is known yet, so the baseline is
 * the first 14 days of the diary
 */
public record SleepSummary(SummaryWindow baseline, boolean provisionalBaseline, List<Week> weeks) {

	public SleepSummary {
		weeks = List.copyOf(weeks);
	}

	/** The newest weekly window, or null. */
	public Week latestWeek() {
		return this.weeks.isEmpty() ? null : this.weeks.get(0);
	}

	/** One weekly window and its change from baseline (null when not comparable). */
	public record Week(SummaryWindow window, DiaryChange changeFromBaseline) {

	}

}
