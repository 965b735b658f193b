package dev.drift.sleep;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.drift.people.SleepSchedule;

import org.springframework.validation.Errors;

/**
 * The phone diary page's form: every field is text, so whatever a browser posts binds and
 * can be shown again with its messages. Times are {@code HH:MM} (a browser's time input);
 * the night's dates come from the diary date (rule CSD-R2), so a night across midnight
 * needs no date fields.
 */
record DiaryForm(String diaryDate, String intoBed, String triedToSleep, String solMinutes, String awakenings,
		String wasoMinutes, String finalAwakening, String outOfBed, String quality, String wokeEarlier,
		String minutesEarlier, String minutesTrying, String napCount, String napMinutes, String alcoholDrinks,
		String alcoholLast, String caffeineDrinks, String caffeineLast, String sleepMedication,
		String wantedMoreSleep) {

	private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9](:00)?");

	/** The stored night, shown again for editing. */
	static DiaryForm of(DiaryEntryView view) {
		MorningEntry m = view.entry();
		EveningItems e = view.evening();
		ZoneId zone = ZoneId.of(m.timeZone());
		NightlyMetrics.ResolvedNight at = view.metrics().resolvedUtc();
		return new DiaryForm(view.diaryDate().toString(), clock(at.intoBed(), zone), clock(at.triedToSleep(), zone),
				text(m.solMinutes()), text(m.awakenings()), text(m.wasoMinutes()), clock(at.finalAwakening(), zone),
				clock(at.outOfBed(), zone), text(m.quality()), text(m.wokeEarlierThanPlanned()),
				text(m.minutesEarlier()), text(m.minutesTryingAfterFinalAwakening()), text(m.napCount()),
				text(m.napMinutes()), text(e.alcoholDrinks()), text(e.alcoholLast()), text(e.caffeineDrinks()),
				text(e.caffeineLast()), text(e.sleepMedication()), text(e.wantedMoreSleep()));
	}

	/**
	 * A new night's form: only the clock times are suggested, from the client's sleep
	 * schedule (into bed a quarter of an hour before the usual sleep time, eight hours
	 * later awake); the measurements (minutes to fall asleep, awakenings, minutes awake,
	 * quality) start empty and must be answered — never copied from another night.
	 */
	static DiaryForm defaults(LocalDate diaryDate, SleepSchedule schedule) {
		LocalTime sleep = schedule.mainSleepStartOn(diaryDate.minusDays(1));
		return new DiaryForm(diaryDate.toString(), hhmm(sleep.minusMinutes(15)), hhmm(sleep), "", "", "",
				hhmm(sleep.plusHours(8)), hhmm(sleep.plusHours(8).plusMinutes(15)), "", "", "", "", "", "", "", "", "",
				"", "", "");
	}

	/**
	 * The morning entry and evening items, or null after rejecting each field that is not
	 * a number or a time.
	 */
	Parsed parse(ZoneId zone, Errors errors) {
		MorningEntry morning = new MorningEntry(this.diaryDate, zone.getId(), time("intoBed", this.intoBed, errors),
				time("triedToSleep", this.triedToSleep, errors), number("solMinutes", this.solMinutes, errors),
				number("awakenings", this.awakenings, errors), number("wasoMinutes", this.wasoMinutes, errors),
				time("finalAwakening", this.finalAwakening, errors), time("outOfBed", this.outOfBed, errors),
				number("quality", this.quality, errors), number("minutesTrying", this.minutesTrying, errors),
				yesNo(this.wokeEarlier), number("minutesEarlier", this.minutesEarlier, errors),
				number("napCount", this.napCount, errors), number("napMinutes", this.napMinutes, errors));
		String alcoholLast = time("alcoholLast", this.alcoholLast, errors);
		String caffeineLast = time("caffeineLast", this.caffeineLast, errors);
		EveningItems evening = new EveningItems(number("alcoholDrinks", this.alcoholDrinks, errors),
				alcoholLast == null ? null : LocalTime.parse(alcoholLast),
				number("caffeineDrinks", this.caffeineDrinks, errors),
				caffeineLast == null ? null : LocalTime.parse(caffeineLast), this.sleepMedication,
				yesNo(this.wantedMoreSleep));
		for (String[] field : new String[][] { { "solMinutes", this.solMinutes }, { "awakenings", this.awakenings },
				{ "wasoMinutes", this.wasoMinutes }, { "quality", this.quality } }) {
			if ((field[1] == null || field[1].isBlank()) && !errors.hasFieldErrors(field[0])) {
				errors.rejectValue(field[0], "diary.required." + field[0]);
			}
		}
		try {
			LocalDate.parse(Objects.requireNonNullElse(this.diaryDate, ""));
		}
		catch (DateTimeParseException ex) {
			errors.reject("diary.date.invalid");
		}
		return errors.hasErrors() ? null : new Parsed(morning, evening);
	}

	/** What the form holds, in the facade's terms. */
	record Parsed(MorningEntry morning, EveningItems evening) {

	}

	/** The form field a rule's input field is shown on. */
	static String formField(String inputField) {
		return switch (inputField) {
			case "minutesTryingAfterFinalAwakening" -> "minutesTrying";
			case "wokeEarlierThanPlanned" -> "wokeEarlier";
			case "timeZone" -> null;
			default -> inputField;
		};
	}

	private static String time(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!CLOCK.matcher(value.strip()).matches()) {
			errors.rejectValue(field, "diary.time.invalid");
			return null;
		}
		return value.strip().substring(0, 5);
	}

	private static Integer number(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number < 0 || number > 24 * 60) {
				errors.rejectValue(field, "diary.number.range");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "diary.number.invalid");
			return null;
		}
	}

	private static Boolean yesNo(String value) {
		return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
	}

	private static String clock(java.time.Instant instant, ZoneId zone) {
		return hhmm(instant.atZone(zone).toLocalTime());
	}

	private static String hhmm(LocalTime time) {
		return "%02d:%02d".formatted(time.getHour(), time.getMinute());
	}

	private static String text(Object value) {
		return value == null ? "" : value instanceof LocalTime time ? hhmm(time) : value.toString();
	}

}
