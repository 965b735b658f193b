package dev.drift.sleep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Builds the baseline and weekly windows from a client's stored nights (decisions for
 * v1): the baseline is the 14 diary dates up to and including the day of the first
 * massage session (the morning of that day ends a night slept before it) and needs 5
 * valid nights; before any session it is the first 14 days of the diary (provisional).
 * Weeks are rolling 7-day windows ending on the reference date (usually today in the
 * client's zone), back to the first night, newest first; a week needs 4 valid nights.
 */
public final class SummaryRules {

	public static final int BASELINE_DAYS = 14;

	public static final int BASELINE_MINIMUM_NIGHTS = 5;

	public static final int WEEK_MINIMUM_NIGHTS = 4;

	private SummaryRules() {
	}

	/**
	 * @param nights valid nights, any order, at most one per diary date
	 * @param firstSession the date of the first massage session, or null when none yet
	 * @param reference the last diary date of the newest week
	 */
	public static SleepSummary summarise(List<DatedNight> nights, LocalDate firstSession, LocalDate reference) {
		NavigableMap<LocalDate, NightlyMetrics> byDate = new TreeMap<>();
		nights.forEach((night) -> byDate.put(night.diaryDate(), night.metrics()));
		if (byDate.isEmpty()) {
			return new SleepSummary(null, firstSession == null, List.of());
		}
		LocalDate baselineEnd = (firstSession != null) ? firstSession : byDate.firstKey().plusDays(BASELINE_DAYS - 1);
		LocalDate baselineStart = baselineEnd.minusDays(BASELINE_DAYS - 1);
		SummaryWindow baseline = window(byDate, baselineStart, baselineEnd, BASELINE_MINIMUM_NIGHTS);
		List<SleepSummary.Week> weeks = new ArrayList<>();
		for (LocalDate end = reference; !end.isBefore(byDate.firstKey()); end = end.minusDays(7)) {
			SummaryWindow week = window(byDate, end.minusDays(6), end, WEEK_MINIMUM_NIGHTS);
			DiaryChange change = (week.enoughData() && baseline.enoughData())
					? DiaryChange.between(baseline.summary(), week.summary()) : null;
			weeks.add(new SleepSummary.Week(week, change));
		}
		return new SleepSummary(baseline, firstSession == null, weeks);
	}

	private static SummaryWindow window(NavigableMap<LocalDate, NightlyMetrics> byDate, LocalDate from, LocalDate to,
			int minimum) {
		List<NightlyMetrics> inside = new ArrayList<>(byDate.subMap(from, true, to, true).values());
		return SummaryWindow.of(from, to, minimum, DiarySummary.ofValid(inside));
	}

}
