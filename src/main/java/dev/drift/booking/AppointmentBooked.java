package dev.drift.booking;

/**
 * An appointment was booked (published in the booking transaction).
 */
public record AppointmentBooked(AppointmentView appointment) {
}
