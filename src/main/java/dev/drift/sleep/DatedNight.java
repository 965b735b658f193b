package dev.drift.sleep;

import java.time.LocalDate;

/** A valid night with the diary date (the morning) it belongs to. */
public record DatedNight(LocalDate diaryDate, NightlyMetrics metrics) {

}
