package dev.drift.plan;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A plan's course, previewed or booked: the sessions that fit (with their appointment
 * once booked), the ones that do not with the nearest alternatives, and when the review
 * is.
 *
 * @param booked whether appointments were made by this request
 * @param reviewAt start of the review-point session, or {@code null}
 */
public record CourseBooking(boolean booked, List<Session> appointments, List<Conflict> conflicts,
		ZonedDateTime reviewAt) {

	public CourseBooking {
		appointments = List.copyOf(appointments);
		conflicts = List.copyOf(conflicts);
	}

	/**
	 * One session of the course.
	 *
	 * @param id the appointment, {@code null} in a preview
	 * @param session its number in the course, from 1
	 */
	public record Session(UUID id, int session, ZonedDateTime start, ZonedDateTime end, UUID therapistId,
			String service, boolean withinSleepWindow, boolean reviewPoint) {

		Session booked(UUID appointment) {
			return new Session(appointment, this.session, this.start, this.end, this.therapistId, this.service,
					this.withinSleepWindow, this.reviewPoint);
		}

	}

	/**
	 * A session that does not fit its planned week, and the nearest free slots instead.
	 */
	public record Conflict(int session, String reason, List<Alternative> alternatives) {

		public Conflict {
			alternatives = List.copyOf(alternatives);
		}

	}

	/** A free slot near a conflicting session's planned day. */
	public record Alternative(ZonedDateTime start, ZonedDateTime end, UUID therapistId, boolean withinSleepWindow) {
	}

}
