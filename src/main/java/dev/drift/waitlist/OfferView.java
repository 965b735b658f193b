package dev.drift.waitlist;

import java.time.Instant;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.TherapistId;

/**
 * A waitlist offer: the held slot and until when it is held.
 *
 * @param open whether it can still be confirmed (not expired, taken or withdrawn)
 */
public record OfferView(UUID id, ClientId clientId, TherapistId therapistId, String service, Instant start,
		Instant expires, boolean open) {
}
