package dev.drift.selfcare;

/**
 * A client's self-care settings.
 *
 * @param assignedVariant the variant the therapist assigned, {@code null} when the gate
 * chooses
 * @param reminderEnabled whether the evening reminder is sent
 * @param reminderMinutes how long before the main sleep (60 to 120 minutes)
 */
public record RoutineSettings(String assignedVariant, boolean reminderEnabled, int reminderMinutes) {

	static final int DEFAULT_MINUTES = 60;

	static final int MIN_MINUTES = 60;

	static final int MAX_MINUTES = 120;

	static RoutineSettings defaults() {
		return new RoutineSettings(null, true, DEFAULT_MINUTES);
	}

}
