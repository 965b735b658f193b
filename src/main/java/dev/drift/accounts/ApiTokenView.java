package dev.drift.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A token as its owner sees it later: its name and hint, never the token.
 */
public record ApiTokenView(UUID id, String name, String hint, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) implements Serializable {

	public boolean active() {
		return this.revokedAt == null;
	}

}
