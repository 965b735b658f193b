package dev.drift.booking;

import java.time.ZonedDateTime;

import dev.drift.people.TherapistId;

/**
 * A bookable slot in the clinic's zone, marked against the client's sleep window.
 *
 * @param fit {@code WINDOW}, {@code AFTER_SHIFT} (the shift workers' fallback) or
 * {@code OUTSIDE}
 * @param reason why a slot is outside the window, else {@code null}
 */
public record AvailableSlot(TherapistId therapistId, ZonedDateTime start, ZonedDateTime end, boolean withinSleepWindow,
		String fit, String reason) {
}
