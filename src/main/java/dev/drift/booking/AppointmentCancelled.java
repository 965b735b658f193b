package dev.drift.booking;

/**
 * An appointment was cancelled; its slot is free again.
 */
public record AppointmentCancelled(AppointmentView appointment) {
}
