package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.validation.Errors;

/**
 * One weekday's row of an hours table on a page: open or not, from, until, and an
 * optional break. Times arrive as {@code HH:mm} text and are checked here, so a bad value
 * becomes a field message rather than a failed request.
 */
record DayHoursForm(String day, String open, String starts, String ends, String breakStarts, String breakEnds) {

	static List<DayHoursForm> week(Function<DayOfWeek, Optional<DayHoursForm>> known) {
		List<DayHoursForm> rows = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			rows.add(known.apply(day).orElse(new DayHoursForm(day.name(), "", "", "", "", "")));
		}
		return rows;
	}

	static DayHoursForm of(OpeningHours hours) {
		return new DayHoursForm(hours.dayOfWeek().name(), "true", hours.opens().toString(), hours.closes().toString(),
				"", "");
	}

	static DayHoursForm of(WorkingDay day) {
		return new DayHoursForm(day.dayOfWeek().name(), "true", day.starts().toString(), day.ends().toString(),
				day.breakStarts() == null ? "" : day.breakStarts().toString(),
				day.breakEnds() == null ? "" : day.breakEnds().toString());
	}

	public boolean isOpen() {
		return "true".equals(this.open);
	}

	DayOfWeek dayOfWeek() {
		return DayOfWeek.valueOf(this.day);
	}

	/**
	 * Checks that a week's rows name each weekday once, then each row; answers whether
	 * all is valid.
	 */
	static boolean validateWeek(List<DayHoursForm> week, boolean withBreak, Errors errors) {
		boolean complete = week != null && week.size() == 7
				&& week.stream().allMatch((row) -> row != null && row.namesADay())
				&& week.stream().map(DayHoursForm::day).distinct().count() == 7;
		if (!complete) {
			errors.reject("hours.incomplete");
			return false;
		}
		boolean valid = true;
		for (int i = 0; i < week.size(); i++) {
			valid &= week.get(i).validate("hours[" + i + "]", withBreak, errors);
		}
		return valid;
	}

	private boolean namesADay() {
		return this.day != null && Arrays.stream(DayOfWeek.values()).anyMatch((d) -> d.name().equals(this.day));
	}

	/**
	 * Checks the row, rejecting fields under {@code path}; answers whether it is valid.
	 */
	boolean validate(String path, boolean withBreak, Errors errors) {
		if (!isOpen()) {
			return true;
		}
		LocalTime from = time(this.starts);
		LocalTime until = time(this.ends);
		if (from == null) {
			errors.rejectValue(path + ".starts", "hours.time.invalid");
		}
		if (until == null) {
			errors.rejectValue(path + ".ends", "hours.time.invalid");
		}
		if (from != null && until != null && !from.isBefore(until)) {
			errors.rejectValue(path + ".ends", "hours.order");
		}
		if (!withBreak || (blank(this.breakStarts) && blank(this.breakEnds))) {
			return !errors.hasFieldErrors(path + ".*");
		}
		LocalTime breakFrom = time(this.breakStarts);
		LocalTime breakUntil = time(this.breakEnds);
		if (breakFrom == null || breakUntil == null || !breakFrom.isBefore(breakUntil) || from == null || until == null
				|| breakFrom.isBefore(from) || breakUntil.isAfter(until)) {
			errors.rejectValue(path + ".breakStarts", "hours.break.invalid");
		}
		return !errors.hasFieldErrors(path + ".*");
	}

	OpeningHours toOpeningHours() {
		return new OpeningHours(dayOfWeek(), time(this.starts), time(this.ends));
	}

	WorkingDay toWorkingDay() {
		return new WorkingDay(dayOfWeek(), time(this.starts), time(this.ends), time(this.breakStarts),
				time(this.breakEnds));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static LocalTime time(String text) {
		if (blank(text) || !text.strip().matches(SleepScheduleForm.TIME)) {
			return null;
		}
		return LocalTime.parse(text.strip());
	}

}
