package dev.drift.people;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Whole days a therapist is away, first and last day included.
 */
@Table("people_therapist_time_off")
public record TimeOff(LocalDate firstDay, LocalDate lastDay, String note) {

	public TimeOff {
		Objects.requireNonNull(firstDay, "firstDay");
		Objects.requireNonNull(lastDay, "lastDay");
		if (lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException("Time off must end on or after its first day");
		}
	}

	public boolean overlaps(TimeOff other) {
		return !other.lastDay.isBefore(this.firstDay) && !other.firstDay.isAfter(this.lastDay);
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.firstDay) && !day.isAfter(this.lastDay);
	}

}
