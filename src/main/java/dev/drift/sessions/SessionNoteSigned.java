package dev.drift.sessions;

import java.util.UUID;

/**
 * A session note was signed and locked (ids only, never the content).
 */
public record SessionNoteSigned(UUID appointmentId, UUID clinicId, UUID clientId) {
}
