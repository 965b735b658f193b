package dev.drift.shared;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A span of local clock time within one day, start inclusive and end exclusive.
 */
public record TimeWindow(LocalTime start, LocalTime end) {

	public TimeWindow {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A time window must start before it ends");
		}
	}

	public boolean contains(TimeWindow other) {
		return !other.start.isBefore(this.start) && !other.end.isAfter(this.end);
	}

	@Override
	public String toString() {
		return this.start + "–" + this.end;
	}

}
