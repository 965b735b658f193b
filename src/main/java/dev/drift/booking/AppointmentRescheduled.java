package dev.drift.booking;

/**
 * An appointment moved to another time or therapist; {@code before} is the slot it freed.
 */
public record AppointmentRescheduled(AppointmentView before, AppointmentView appointment) {
}
