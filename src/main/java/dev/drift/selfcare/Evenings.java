package dev.drift.selfcare;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.drift.people.SleepSchedule;

/**
 * A client's evenings from their schedule (pure): the main sleep that follows a moment
 * (the work-day or off-day start of the day it begins, as booking reads the schedule; a
 * day sleeper's is in the morning, clinical rules §2.4 point 3), the diary night that
 * sleep belongs to (the sleep diary's rule: a bedtime from 12:00 belongs to the next
 * day's diary date, an earlier one to its own day), and the evening reminder a number of
 * minutes before it, on the local clock (so a daylight-saving day still reminds at the
 * same local time).
 */
record Evenings(SleepSchedule schedule, ZoneId zone) {

	/** A routine logged up to this long after the planned bedtime still precedes it. */
	static final Duration LATE = Duration.ofHours(3);

	/** Local bedtimes from here up to (not including) {@link #DAY_ENDS} are day sleep. */
	static final LocalTime DAY_STARTS = LocalTime.of(5, 0);

	static final LocalTime DAY_ENDS = LocalTime.of(17, 0);

	/** The local start of the first main sleep at or after an instant. */
	LocalDateTime sleepStartFrom(Instant at) {
		LocalDate day = at.atZone(this.zone).toLocalDate().minusDays(1);
		while (true) {
			LocalDateTime start = LocalDateTime.of(day, this.schedule.mainSleepStartOn(day));
			if (!ZonedDateTime.of(start, this.zone).toInstant().isBefore(at)) {
				return start;
			}
			day = day.plusDays(1);
		}
	}

	/** The diary date of the night that starts at a local bedtime. */
	static LocalDate diaryDate(LocalDateTime sleepStart) {
		return sleepStart.plusHours(12).toLocalDate();
	}

	/** The evening (local date) and diary night of a routine done at an instant. */
	Night nightOf(Instant at) {
		return new Night(at.atZone(this.zone).toLocalDate(), diaryDate(sleepStartFrom(at.minus(LATE))));
	}

	/** Whether the next main sleep falls in the day (the dark-room advice). */
	boolean daySleeper(Instant now) {
		LocalTime start = sleepStartFrom(now).toLocalTime();
		return !start.isBefore(DAY_STARTS) && start.isBefore(DAY_ENDS);
	}

	/**
	 * The first evening reminder after an instant: {@code minutes} before a main sleep on
	 * the local clock, with the diary night it is for.
	 */
	Reminder reminderAfter(int minutes, Instant after) {
		LocalDate day = after.atZone(this.zone).toLocalDate().minusDays(1);
		while (true) {
			LocalDateTime start = LocalDateTime.of(day, this.schedule.mainSleepStartOn(day));
			Instant at = ZonedDateTime.of(start.minusMinutes(minutes), this.zone).toInstant();
			if (at.isAfter(after)) {
				return new Reminder(at, diaryDate(start), start.toLocalTime());
			}
			day = day.plusDays(1);
		}
	}

	/** The evening a routine was done and the diary date of the night that follows. */
	record Night(LocalDate evening, LocalDate diaryDate) {
	}

	/** When to remind, for which diary night, and its bedtime. */
	record Reminder(Instant at, LocalDate diaryDate, LocalTime bedtime) {
	}

}
