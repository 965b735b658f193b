package dev.drift.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * One audited fact. Holds ids and outcomes only; there is deliberately no field for
 * content. Build one with {@link #by} (an account acted) or {@link #anonymous} (before
 * sign-in), then name the client or account concerned and the outcome:
 * {@code AuditEntry.by(clinic, account, role, "SCREENING_READ").about(client).denied()}.
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

	/** A successful action by a signed-in account, about no client yet. */
	public static AuditEntry by(UUID clinicId, UUID actorAccountId, String actorRole, String action) {
		return new AuditEntry(clinicId, actorAccountId, actorRole, null, null, action, Outcome.SUCCESS, null);
	}

	/** A successful action with no signed-in account (sign-in events). */
	public static AuditEntry anonymous(UUID clinicId, String action) {
		return new AuditEntry(clinicId, null, null, null, null, action, Outcome.SUCCESS, null);
	}

	/** The same entry about a client (no client when {@code null}). */
	public AuditEntry about(UUID client) {
		return new AuditEntry(this.clinicId, this.actorAccountId, this.actorRole, client, this.accountId, this.action,
				this.outcome, this.sourceAddress);
	}

	/** The same entry concerning an account (security events). */
	public AuditEntry concerning(UUID account) {
		return new AuditEntry(this.clinicId, this.actorAccountId, this.actorRole, this.clientId, account, this.action,
				this.outcome, this.sourceAddress);
	}

	/** The same entry with another outcome. */
	public AuditEntry withOutcome(Outcome newOutcome) {
		return new AuditEntry(this.clinicId, this.actorAccountId, this.actorRole, this.clientId, this.accountId,
				this.action, newOutcome, this.sourceAddress);
	}

	/** The same entry, refused. */
	public AuditEntry denied() {
		return withOutcome(Outcome.DENIED);
	}

	/** The same entry from a network address. */
	public AuditEntry from(String address) {
		return new AuditEntry(this.clinicId, this.actorAccountId, this.actorRole, this.clientId, this.accountId,
				this.action, this.outcome, address);
	}

	public enum Outcome {

		SUCCESS, DENIED, FAILURE

	}

}
