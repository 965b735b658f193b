package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The hours a clinic is open on one weekday.
 */
@Table("people_clinic_hours")
public record OpeningHours(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {

	public OpeningHours {
		Objects.requireNonNull(dayOfWeek, "dayOfWeek");
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("Opening hours must open before they close");
		}
	}

}
