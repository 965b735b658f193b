package dev.drift.plan;

import java.time.LocalTime;

/**
 * The §2.4 timing window of plan-recommendation.md §8 for a booking of a given length:
 * the session ends 2 to 4 hours before the main sleep starts (both inclusive, W01), on
 * the wall clock modulo 24 hours (W02).
 *
 * @param endFrom earliest end
 * @param endTo latest end
 * @param startFrom earliest start
 * @param startTo latest start
 */
public record SessionWindow(LocalTime endFrom, LocalTime endTo, LocalTime startFrom, LocalTime startTo) {

	/**
	 * @param mainSleepStart when the sleep after the session starts (B)
	 * @param minutes the whole booking (massage plus foot add-on, W03), 1 to 1439
	 */
	public static SessionWindow of(LocalTime mainSleepStart, int minutes) {
		if (minutes < 1 || minutes > 1439) {
			throw new IllegalArgumentException("A booking lasts 1 to 1439 minutes");
		}
		LocalTime endFrom = mainSleepStart.minusHours(4);
		LocalTime endTo = mainSleepStart.minusHours(2);
		return new SessionWindow(endFrom, endTo, endFrom.minusMinutes(minutes), endTo.minusMinutes(minutes));
	}

}
