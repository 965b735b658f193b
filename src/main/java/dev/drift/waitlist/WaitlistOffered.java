package dev.drift.waitlist;

import java.time.ZonedDateTime;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;

/**
 * A freed slot is held for a waiting client until {@code expires}.
 */
public record WaitlistOffered(UUID offerId, ClinicId clinicId, ClientId clientId, TherapistId therapistId,
		String service, ZonedDateTime start, ZonedDateTime expires) {
}
