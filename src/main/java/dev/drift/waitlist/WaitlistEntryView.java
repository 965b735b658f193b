package dev.drift.waitlist;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.TherapistId;

/**
 * A waitlist entry with the offer it currently holds, if any.
 *
 * @param offerId the open offer's id, or {@code null}
 * @param offerStart the held slot's start, or {@code null}
 * @param offerExpires when the hold ends, or {@code null}
 */
public record WaitlistEntryView(UUID id, ClientId clientId, String service, LocalDate firstDay, LocalDate lastDay,
		TherapistId therapistId, boolean eveningsOnly, String status, UUID offerId, TherapistId offerTherapistId,
		ZonedDateTime offerStart, ZonedDateTime offerExpires) {
}
