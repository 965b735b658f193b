package dev.drift.sleep;

import java.time.LocalDate;

/**
 * A summary over the diary dates {@code from}..{@code to} (inclusive). Its means are only
 * shown when {@code enoughData}: at least {@code minimumNights} valid nights; otherwise
 * the window reads "not enough data".
 */
public record SummaryWindow(LocalDate from, LocalDate to, int minimumNights, boolean enoughData, DiarySummary summary) {

	static SummaryWindow of(LocalDate from, LocalDate to, int minimumNights, DiarySummary summary) {
		return new SummaryWindow(from, to, minimumNights, summary.validNights() >= minimumNights, summary);
	}

}
