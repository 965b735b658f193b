package dev.drift.selfcare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How faithfully a client does the routine: the streak of evenings in a row, the last 14
 * evenings, and the diary nights that followed an evening with the routine against those
 * without (the last eight weeks).
 *
 * @param streak evenings in a row with a routine logged, up to tonight (tonight counts
 * once logged)
 * @param eveningsLogged of the last 14, evenings with a routine logged
 * @param eveningsCompleted of the last 14, evenings with a routine done to the end
 * @param last14 the last 14 evenings, newest first
 * @param outcomes diary nights with and without the routine before them
 */
public record Adherence(int streak, int eveningsLogged, int eveningsCompleted, List<Evening> last14,
		Outcomes outcomes) {

	public Adherence {
		last14 = List.copyOf(last14);
	}

	/**
	 * One evening.
	 *
	 * @param evening the local date of the evening
	 * @param nightDate the diary date of the night that followed
	 * @param status {@code COMPLETED}, {@code STOPPED} (stopped early) or {@code NONE}
	 * @param variant the variant done, or {@code null}
	 * @param minutes how long, or {@code null}
	 * @param relaxation the relaxation rating, or {@code null}
	 */
	public record Evening(LocalDate evening, LocalDate nightDate, String status, String variant, Integer minutes,
			Integer relaxation) {
	}

	/**
	 * Diary nights of the last eight weeks, split by whether the routine preceded them.
	 * Means are {@code null} without nights to average.
	 */
	public record Outcomes(int nightsWith, int nightsWithout, BigDecimal meanSeWith, BigDecimal meanSeWithout,
			Integer meanSolWith, Integer meanSolWithout) {
	}

}
