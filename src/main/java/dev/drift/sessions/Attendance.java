package dev.drift.sessions;

import java.time.Instant;
import java.util.UUID;

/** How staff marked a started appointment, and where its note stands. */
public record Attendance(UUID appointmentId, AttendanceStatus status, UUID markedBy, Instant markedAt,
		NoteStatus note) {
}
