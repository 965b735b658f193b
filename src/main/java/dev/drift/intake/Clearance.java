package dev.drift.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded clearance (the client's clinician confirmed a rule's condition, with any
 * limits) or a staff override (clinical rules §0.1, with a written reason).
 *
 * @param id the record
 * @param kind {@code CLEARANCE} or {@code OVERRIDE}
 * @param rule the rule id it answers, e.g. {@code G05}
 * @param screeningId the screening it was recorded against
 * @param givenByName the clinician's name (clearance)
 * @param givenByRole the clinician's role, e.g. GP, midwife (clearance)
 * @param givenOn the date the clinician gave it (clearance)
 * @param limits limits the clinician set, or {@code null}
 * @param expiresOn last day it is valid (at most 12 months after it was given); it also
 * ends when the answers behind the rule change
 * @param reason the written reason (override)
 * @param recordedBy the staff account that recorded it
 * @param recordedAt when
 */
public record Clearance(UUID id, String kind, String rule, UUID screeningId, String givenByName, String givenByRole,
		LocalDate givenOn, String limits, LocalDate expiresOn, String reason, UUID recordedBy, Instant recordedAt) {

	public boolean isOverride() {
		return "OVERRIDE".equals(this.kind);
	}

}
