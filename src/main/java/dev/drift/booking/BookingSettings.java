package dev.drift.booking;

import java.time.Duration;

/**
 * A clinic's booking settings: the buffer after every session, how far ahead a booking
 * must be made, and until when a client may cancel or reschedule themself.
 */
public record BookingSettings(int bufferMinutes, int leadTimeMinutes, int cancelWindowHours) {

	public static final BookingSettings DEFAULTS = new BookingSettings(15, 120, 24);

	public BookingSettings {
		if (bufferMinutes < 0 || bufferMinutes > 120) {
			throw new IllegalArgumentException("The buffer must be between 0 and 120 minutes");
		}
		if (leadTimeMinutes < 0 || leadTimeMinutes > 14 * 24 * 60) {
			throw new IllegalArgumentException("The lead time must be between 0 minutes and 14 days");
		}
		if (cancelWindowHours < 0 || cancelWindowHours > 14 * 24) {
			throw new IllegalArgumentException("The cancel window must be between 0 hours and 14 days");
		}
	}

	public Duration buffer() {
		return Duration.ofMinutes(this.bufferMinutes);
	}

	public Duration leadTime() {
		return Duration.ofMinutes(this.leadTimeMinutes);
	}

	public Duration cancelWindow() {
		return Duration.ofHours(this.cancelWindowHours);
	}

}
