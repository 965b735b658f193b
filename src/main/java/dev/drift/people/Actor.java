package dev.drift.people;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import dev.drift.audit.AuditEntry;
import dev.drift.shared.ForbiddenException;

/**
 * Who is acting: the signed-in account, its clinic and role, and the client or therapist
 * record it stands for. Facades authorize every read and change against it.
 */
public record Actor(UUID accountId, ClinicId clinicId, Role role, ClientId clientId,
		TherapistId therapistId) implements Serializable {

	public Actor {
		Objects.requireNonNull(accountId, "accountId");
		Objects.requireNonNull(clinicId, "clinicId");
		Objects.requireNonNull(role, "role");
		if (role == Role.CLIENT && clientId == null) {
			throw new IllegalArgumentException("A client actor needs its client id");
		}
	}

	public boolean isStaff() {
		return this.role.isStaff();
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	/** Refuses (403) an actor who is not an admin of their clinic. */
	public void requireAdmin() {
		if (!isAdmin()) {
			throw new ForbiddenException();
		}
	}

	/** Refuses (403) an actor who is not staff (therapist or admin) of their clinic. */
	public void requireStaff() {
		if (!isStaff()) {
			throw new ForbiddenException();
		}
	}

	/**
	 * Whether this actor may see the records of a client: staff of the client's clinic,
	 * or the client themself.
	 */
	public boolean mayAccessClient(ClinicId clientClinic, ClientId client) {
		if (!this.clinicId.equals(clientClinic)) {
			return false;
		}
		return isStaff() || client.equals(this.clientId);
	}

	/** An audit entry for something this actor did (successful, about no client yet). */
	public AuditEntry audit(String action) {
		return AuditEntry.by(this.clinicId.value(), this.accountId, this.role.name(), action);
	}

	/** An audit entry for something this actor did to a client's data. */
	public AuditEntry audit(String action, ClientId client) {
		return audit(action).about(client == null ? null : client.value());
	}

}
