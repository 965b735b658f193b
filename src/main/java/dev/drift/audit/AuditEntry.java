package dev.drift.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * One audited fact. Holds ids and outcomes only; there is deliberately no field for
 * content.
 *
 * @param clinicId the clinic the data belongs to, when known
 * @param actorAccountId the account that acted, or {@code null} before sign-in
 * @param actorRole the actor's role, or {@code null}
 * @param clientId the client whose data was touched, or {@code null}
 * @param accountId the account concerned (security events), or {@code null}
 * @param action what was done, e.g. {@code CLIENT_PROFILE_READ}
 * @param outcome how it ended
 * @param sourceAddress the caller's network address, when known
 */
public record AuditEntry(UUID clinicId, UUID actorAccountId, String actorRole, UUID clientId, UUID accountId,
		String action, Outcome outcome, String sourceAddress) {

	public AuditEntry {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
	}

	public enum Outcome {

		SUCCESS, DENIED, FAILURE

	}

}
