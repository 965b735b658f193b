package dev.drift.outcomes;

import java.time.LocalDate;
import java.util.List;

/**
 * Clinic analytics for one grouping: each shown group's clients (each client in exactly
 * one group), their nights (baseline plus latest week), and the mean change from baseline
 * to the latest week with its 95 % interval; groups of fewer than
 * {@link #MINIMUM_CLIENTS} clients are not shown, only counted.
 */
public record OutcomeAnalytics(String by, LocalDate from, LocalDate to, String method, List<Group> groups,
		int suppressedGroups) {

	/** The smallest group shown. */
	public static final int MINIMUM_CLIENTS = 5;

	public OutcomeAnalytics {
		groups = List.copyOf(groups);
	}

	/**
	 * One group: changes are latest − baseline (SOL and TST minutes, SE percentage
	 * points, ISI points).
	 */
	public record Group(String key, int clients, int nights, Change solChange, Change tstChange, Change seChange,
			Change isiChange) {
	}

}
