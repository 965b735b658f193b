package dev.drift.sleep;

/**
 * One night as the client reports it the next morning (Consensus Sleep Diary, morning
 * form), exactly in the shape of the spec's vector {@code input}: the four event times
 * are either all {@code HH:MM} clock times (resolved with {@code diaryDate} and
 * {@code timeZone}) or all ISO-8601 date-times with an offset. Nothing is validated here;
 * {@link NightlyMetricsRules} reports what is wrong with a stable code.
 */
public record MorningEntry(String diaryDate, String timeZone, String intoBed, String triedToSleep, Integer solMinutes,
		Integer awakenings, Integer wasoMinutes, String finalAwakening, String outOfBed, Integer quality,
		Integer minutesTryingAfterFinalAwakening, Boolean wokeEarlierThanPlanned, Integer minutesEarlier,
		Integer napCount, Integer napMinutes) {

}
