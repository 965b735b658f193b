package dev.drift.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;

/**
 * Book (or preview) a plan's course.
 *
 * @param from the first day the first session may fall on (client's zone)
 * @param therapistId the therapist, or {@code null} for any qualified one
 * @param mode {@code ALL_OR_NOTHING} (default) books only when every session fits;
 * {@code WHAT_FITS} books the sessions that fit and lists the rest
 * @param preview {@code true}: book nothing, show what would be booked
 */
public record CourseRequest(LocalDate from, UUID therapistId, Mode mode, Boolean preview) {

	public enum Mode {

		ALL_OR_NOTHING, WHAT_FITS

	}

	Mode modeOrDefault() {
		return this.mode == null ? Mode.ALL_OR_NOTHING : this.mode;
	}

	boolean isPreview() {
		return Boolean.TRUE.equals(this.preview);
	}

	void requireFrom(LocalDate today) {
		if (this.from == null || this.from.isBefore(today) || this.from.isAfter(today.plusDays(366))) {
			throw new InvalidInputException("VALIDATION_FAILED", "Give a start date from today",
					List.of(new FieldProblem("from", "OUT_OF_RANGE", "A date from today, within a year")));
		}
	}

}
