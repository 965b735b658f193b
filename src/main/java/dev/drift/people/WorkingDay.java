package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.drift.shared.TimeWindow;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A therapist's hours on one weekday, with an optional break.
 */
@Table("people_therapist_hours")
public record WorkingDay(DayOfWeek dayOfWeek, LocalTime starts, LocalTime ends, LocalTime breakStarts,
		LocalTime breakEnds) {

	public WorkingDay {
		Objects.requireNonNull(dayOfWeek, "dayOfWeek");
		new TimeWindow(starts, ends);
		if ((breakStarts == null) != (breakEnds == null)) {
			throw new IllegalArgumentException("A break needs both a start and an end");
		}
		if (breakStarts != null && !new TimeWindow(starts, ends).contains(new TimeWindow(breakStarts, breakEnds))) {
			throw new IllegalArgumentException("A break must lie within the working hours");
		}
	}

	/** The working periods of the day: the hours minus the break. */
	public List<TimeWindow> periods() {
		List<TimeWindow> periods = new ArrayList<>();
		if (this.breakStarts == null) {
			periods.add(new TimeWindow(this.starts, this.ends));
			return periods;
		}
		if (this.starts.isBefore(this.breakStarts)) {
			periods.add(new TimeWindow(this.starts, this.breakStarts));
		}
		if (this.breakEnds.isBefore(this.ends)) {
			periods.add(new TimeWindow(this.breakEnds, this.ends));
		}
		return periods;
	}

}
