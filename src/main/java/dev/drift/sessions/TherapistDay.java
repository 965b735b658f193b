package dev.drift.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.drift.booking.AppointmentView;

/**
 * The therapist's day: today's appointments with each client's screening badge and where
 * attendance and the note stand, the open drafts, and unsigned notes older than 48 hours.
 */
public record TherapistDay(LocalDate date, List<Row> appointments, List<Draft> drafts, List<Draft> overdue) {

	public TherapistDay {
		appointments = List.copyOf(appointments);
		drafts = List.copyOf(drafts);
		overdue = List.copyOf(overdue);
	}

	/**
	 * An appointment with the client's name, the attendance (or the booking status) and
	 * note status, and the screening badge.
	 */
	public record Row(AppointmentView appointment, String clientName, String status, NoteStatus note, Badge badge) {

		public boolean started(Instant now) {
			return !now.isBefore(this.appointment.start().toInstant());
		}

	}

	/**
	 * The screening in force for the client: level, pressure cap, avoided areas, and the
	 * pre-visit re-check ({@code NONE}, {@code OPEN}, {@code NO_CHANGE},
	 * {@code CHANGED}).
	 */
	public record Badge(String level, String pressureCap, List<String> avoidedAreas, String recheck) {

		public Badge {
			avoidedAreas = List.copyOf(avoidedAreas);
		}

	}

	/** A draft note: the appointment, client and when it was last saved. */
	public record Draft(UUID appointmentId, String clientName, Instant start, Instant savedAt) {
	}

}
