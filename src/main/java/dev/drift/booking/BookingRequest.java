package dev.drift.booking;

import java.time.Instant;

import dev.drift.people.ClientId;
import dev.drift.people.TherapistId;

/**
 * A request to book a service with a therapist at a start time; the online contact (video
 * link or phone) is recorded for the online consultation.
 */
public record BookingRequest(ClientId clientId, TherapistId therapistId, String service, Instant start,
		String onlineContact) {
}
