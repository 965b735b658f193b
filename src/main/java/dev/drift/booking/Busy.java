package dev.drift.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * A span no new session may touch: an appointment from its start to its end plus the
 * buffer that follows it.
 */
record Busy(Instant start, Instant until) {

	Busy {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(until, "until");
		if (!start.isBefore(until)) {
			throw new IllegalArgumentException("A busy span must start before it ends");
		}
	}

	/**
	 * Whether a session [start, end) followed by its own buffer would touch this span.
	 */
	boolean clashes(Instant sessionStart, Instant sessionBlockedUntil) {
		return sessionStart.isBefore(this.until) && this.start.isBefore(sessionBlockedUntil);
	}

}
