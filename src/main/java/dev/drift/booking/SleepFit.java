package dev.drift.booking;

import java.time.Duration;

/**
 * How a slot sits against the client's sleep window (clinical rules §2.4).
 *
 * @param kind in the window, the after-shift fallback, or outside
 * @param reason why a slot is outside ({@code null} otherwise):
 * {@code TOO_CLOSE_TO_SLEEP}, {@code TOO_EARLY}, {@code DURING_SHIFT} or
 * {@code DURING_SLEEP}
 * @param distance how far the session's end lies from the window (zero inside it)
 */
record SleepFit(Kind kind, String reason, Duration distance) {

	enum Kind {

		/** Ends 2–4 h before the main sleep that follows it. */
		WINDOW,
		/**
		 * §2.4 fallback b: the earliest slot after the shift, ending at least 1 h before
		 * sleep.
		 */
		AFTER_SHIFT,
		/** Bookable, marked "outside your ideal window" with the reason. */
		OUTSIDE

	}

	static final SleepFit IN_WINDOW = new SleepFit(Kind.WINDOW, null, Duration.ZERO);

	static final SleepFit AFTER_SHIFT = new SleepFit(Kind.AFTER_SHIFT, null, Duration.ZERO);

	static SleepFit outside(String reason, Duration distance) {
		return new SleepFit(Kind.OUTSIDE, reason, distance);
	}

	boolean within() {
		return this.kind != Kind.OUTSIDE;
	}

	int rank() {
		return this.kind.ordinal();
	}

}
