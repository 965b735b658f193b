package dev.drift.sessions;

import dev.drift.booking.AppointmentView;

/**
 * An appointment with what the session record adds: the status (the attendance once
 * marked, else the booking's) and where its note stands.
 */
public record SessionAppointment(AppointmentView appointment, String status, NoteStatus note) {
}
