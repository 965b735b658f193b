package dev.drift.intake;

import java.time.Instant;
import java.util.UUID;

import dev.drift.screening.Level;
import dev.drift.people.ClientId;

/**
 * A client whose latest screening raised a staff alert (URGENT, or thoughts of
 * self-harm), for the therapist's home page.
 */
public record StaffAlert(ClientId clientId, UUID screeningId, Level sessionLevel, Instant screenedAt) {
}
