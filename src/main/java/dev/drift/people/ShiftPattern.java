package dev.drift.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a client's working hours run; the values are those of the intake questionnaire's
 * {@code shift_pattern} question.
 */
public enum ShiftPattern {

	NO_SHIFTS, EARLY, EVENING, NIGHT, ROTATING, IRREGULAR;

	/** The questionnaire's value, e.g. {@code no_shifts}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ShiftPattern> fromCode(String code) {
		return Arrays.stream(values()).filter((pattern) -> pattern.code().equals(code)).findFirst();
	}

}
