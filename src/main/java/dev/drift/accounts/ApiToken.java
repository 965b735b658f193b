package dev.drift.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal API token. Only its SHA-256 is stored; the token itself is shown once.
 */
@Table("accounts_api_token")
class ApiToken {

	@Id
	private final UUID id;

	@Version
	private Long version;

	private final UUID accountId;

	private final UUID clinicId;

	private final String name;

	private final String tokenHash;

	private final String tokenHint;

	private final Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	@PersistenceCreator
	ApiToken(UUID id, Long version, UUID accountId, UUID clinicId, String name, String tokenHash, String tokenHint,
			Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
		this.id = id;
		this.version = version;
		this.accountId = accountId;
		this.clinicId = clinicId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenHint = tokenHint;
		this.createdAt = createdAt;
		this.lastUsedAt = lastUsedAt;
		this.revokedAt = revokedAt;
	}

	static ApiToken issue(UUID accountId, UUID clinicId, String name, String tokenHash, String tokenHint, Instant now) {
		return new ApiToken(UUID.randomUUID(), null, accountId, clinicId, name, tokenHash, tokenHint, now, null, null);
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	boolean active() {
		return this.revokedAt == null;
	}

	UUID accountId() {
		return this.accountId;
	}

	UUID id() {
		return this.id;
	}

	ApiTokenView toView() {
		return new ApiTokenView(this.id, this.name, this.tokenHint, this.createdAt, this.lastUsedAt, this.revokedAt);
	}

}
