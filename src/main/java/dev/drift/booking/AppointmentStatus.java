package dev.drift.booking;

/** Where an appointment stands (stored by name). */
public enum AppointmentStatus {

	BOOKED, CANCELLED

}
