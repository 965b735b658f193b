package dev.drift.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * One outbox message as the admin page lists it: metadata only, no body or attachments.
 */
public record OutboxEntry(UUID id, Instant createdAt, String recipient, String subject, MessageStatus status,
		int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {

	public boolean retryable() {
		return this.status == MessageStatus.FAILED;
	}

}
