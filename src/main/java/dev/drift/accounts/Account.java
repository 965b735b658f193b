package dev.drift.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.Role;
import dev.drift.people.TherapistId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A sign-in account of one clinic, standing for a client, a therapist or an admin.
 */
@Table("accounts_account")
class Account {

	@Id
	private final UUID id;

	@Version
	private Long version;

	private final UUID clinicId;

	private final String email;

	private String passwordHash;

	private final Role role;

	private final UUID clientId;

	private final UUID therapistId;

	private String displayName;

	private boolean enabled;

	private final Instant createdAt;

	@PersistenceCreator
	Account(UUID id, Long version, UUID clinicId, String email, String passwordHash, Role role, UUID clientId,
			UUID therapistId, String displayName, boolean enabled, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.clinicId = clinicId;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.clientId = clientId;
		this.therapistId = therapistId;
		this.displayName = displayName;
		this.enabled = enabled;
		this.createdAt = createdAt;
	}

	static Account forClient(ClinicId clinic, ClientId client, String email, String displayName, String passwordHash,
			Instant now) {
		return new Account(UUID.randomUUID(), null, clinic.value(), normalize(email), passwordHash, Role.CLIENT,
				client.value(), null, displayName, true, now);
	}

	static Account forStaff(ClinicId clinic, Role role, TherapistId therapist, String email, String displayName,
			String passwordHash, Instant now) {
		if (!role.isStaff()) {
			throw new IllegalArgumentException("Staff accounts are therapists or admins");
		}
		return new Account(UUID.randomUUID(), null, clinic.value(), normalize(email), passwordHash, role, null,
				therapist == null ? null : therapist.value(), displayName, true, now);
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	/** Sign-in, API tokens and HTTP Basic are refused from now on; the history stays. */
	void deactivate() {
		this.enabled = false;
	}

	void reactivate() {
		this.enabled = true;
	}

	UUID id() {
		return this.id;
	}

	String email() {
		return this.email;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean enabled() {
		return this.enabled;
	}

	Actor actor() {
		return new Actor(this.id, new ClinicId(this.clinicId), this.role,
				this.clientId == null ? null : new ClientId(this.clientId),
				this.therapistId == null ? null : new TherapistId(this.therapistId));
	}

	AccountView toView() {
		return new AccountView(this.id, this.email, this.displayName, this.role, new ClinicId(this.clinicId),
				this.clientId == null ? null : new ClientId(this.clientId),
				this.therapistId == null ? null : new TherapistId(this.therapistId), this.enabled);
	}

}
