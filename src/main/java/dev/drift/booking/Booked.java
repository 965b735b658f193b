package dev.drift.booking;

/**
 * The result of a booking: the appointment, and whether this request created it (false
 * when an {@code Idempotency-Key} repeated an earlier request).
 */
public record Booked(AppointmentView appointment, boolean created) {
}
