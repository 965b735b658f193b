package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A sleep schedule as typed into a page or sent to the API: local times as {@code HH:mm},
 * weekdays by name, the shift pattern by its questionnaire value.
 */
record SleepScheduleForm(
		@NotBlank(message = "{sleep.time.required}") @Pattern(regexp = TIME,
				message = "{sleep.time.invalid}") String workdayMainSleepStart,
		@NotBlank(message = "{sleep.time.required}") @Pattern(regexp = TIME,
				message = "{sleep.time.invalid}") String offdayMainSleepStart,
		@NotNull(message = "{sleep.workdays.required}") List<@NotNull @Pattern(regexp = WEEKDAY,
				message = "{sleep.workdays.invalid}") String> workdays,
		@NotBlank(message = "{sleep.shift.required}") @Pattern(regexp = SHIFT,
				message = "{sleep.shift.invalid}") String shiftPattern) {

	static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

	/** A weekday name; the empty value lets a page post "no work days". */
	static final String WEEKDAY = "(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)?";

	static final String SHIFT = "no_shifts|early|evening|night|rotating|irregular";

	static SleepScheduleForm of(SleepSchedule sleep) {
		return new SleepScheduleForm(sleep.workdayMainSleepStart().toString(), sleep.offdayMainSleepStart().toString(),
				sleep.workdays().stream().sorted().map(DayOfWeek::name).toList(), sleep.shiftPattern().code());
	}

	SleepSchedule toSchedule() {
		Set<DayOfWeek> days = this.workdays.stream()
			.filter((day) -> !day.isEmpty())
			.map(DayOfWeek::valueOf)
			.collect(Collectors.toSet());
		return new SleepSchedule(LocalTime.parse(this.workdayMainSleepStart),
				LocalTime.parse(this.offdayMainSleepStart), days,
				ShiftPattern.fromCode(this.shiftPattern).orElseThrow());
	}

	static List<DayOfWeek> weekdays() {
		return Arrays.asList(DayOfWeek.values());
	}

}
