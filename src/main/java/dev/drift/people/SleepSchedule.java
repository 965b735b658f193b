package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a client's main sleep starts: one local time on work days, one on days off. Night
 * workers give the time they go to sleep after their shift, which may be in the morning.
 */
public record SleepSchedule(LocalTime workdayMainSleepStart, LocalTime offdayMainSleepStart, Set<DayOfWeek> workdays,
		ShiftPattern shiftPattern) {

	public SleepSchedule {
		Objects.requireNonNull(workdayMainSleepStart, "workdayMainSleepStart");
		Objects.requireNonNull(offdayMainSleepStart, "offdayMainSleepStart");
		Objects.requireNonNull(shiftPattern, "shiftPattern");
		workdays = workdays == null || workdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workdays));
	}

	/** A 22:30 bedtime every day, Monday to Friday at work, no shifts. */
	public static SleepSchedule usual() {
		return new SleepSchedule(LocalTime.of(22, 30), LocalTime.of(22, 30),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), ShiftPattern.NO_SHIFTS);
	}

	public boolean isWorkday(LocalDate date) {
		return this.workdays.contains(date.getDayOfWeek());
	}

	/** The main-sleep start that applies to the sleep period beginning on this date. */
	public LocalTime mainSleepStartOn(LocalDate date) {
		return isWorkday(date) ? this.workdayMainSleepStart : this.offdayMainSleepStart;
	}

	String workdaysColumn() {
		return this.workdays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
	}

	static Set<DayOfWeek> workdaysFromColumn(String column) {
		if (column == null || column.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(column.split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet());
	}

}
