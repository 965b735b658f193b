package dev.drift.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.drift.audit.AuditEntry;
import dev.drift.audit.AuditLog;
import dev.drift.shared.ConflictException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.ResultPage;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The email outbox: other modules write messages in their own transaction; a scheduler
 * delivers them. Notify knows clinics only by id and does not depend on {@code people}:
 * the listing and retry methods trust their caller (site's admin page) to have checked
 * that the actor is an admin of {@code clinicId}.
 */
@Service
public class Outbox {

	private final OutboxStore store;

	private final OutboxListing listing;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	Outbox(OutboxStore store, OutboxListing listing, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.listing = listing;
		this.audit = audit;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Deletes every email to this address, sent or not (system call of the approved
	 * erasure workflow: reminders and confirmations carry the client's name and times).
	 */
	@Transactional
	public int eraseRecipient(String email) {
		return this.store.eraseRecipient(email);
	}

	/**
	 * Writes the message in the caller's transaction (Propagation.MANDATORY): it is sent
	 * only if that transaction commits. A second message with the same {@code dedupeKey}
	 * in the clinic is ignored and the first one's id returned.
	 * @throws dev.drift.shared.InvalidInputException (code {@code INVALID_EMAIL}) for a
	 * bad address, subject, text, attachment or size
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(OutgoingEmail email) {
		EmailRules.check(email);
		if (email.dedupeKey() == null) {
			UUID id = UUID.randomUUID();
			this.store.insert(id, email, Instant.now(this.clock));
			return id;
		}
		UUID id = UUID.randomUUID();
		if (this.store.insertsUnlessKept()) {
			return this.store.insertUnlessKept(id, email, Instant.now(this.clock)) ? id
					: this.store.idFor(email.clinicId(), email.dedupeKey()).orElseThrow();
		}
		UUID first = this.store.idFor(email.clinicId(), email.dedupeKey()).orElse(null);
		if (first != null) {
			return first;
		}
		try {
			// A savepoint: if a concurrent transaction committed the same key meanwhile,
			// only this insert rolls back (PostgreSQL would otherwise abort the caller's
			// whole transaction) and the other message's id is returned.
			this.savepoint.executeWithoutResult((status) -> this.store.insert(id, email, Instant.now(this.clock)));
			return id;
		}
		catch (DuplicateKeyException ex) {
			return this.store.idFor(email.clinicId(), email.dedupeKey()).orElseThrow(() -> ex);
		}
	}

	/** A clinic's messages, newest first, optionally of one status; no bodies. */
	@Transactional(readOnly = true)
	public ResultPage<OutboxEntry> page(UUID clinicId, MessageStatus status, int page, int size) {
		return this.listing.page(clinicId, status, Math.max(page, 0), Math.clamp(size, 1, 200));
	}

	/**
	 * Queues a FAILED message of the clinic again, with a fresh count of attempts, and
	 * audits who did it. A message of another clinic, or none, is not found; one that is
	 * not FAILED is a conflict.
	 */
	@Transactional
	public void retry(UUID clinicId, UUID adminAccountId, UUID messageId) {
		OutboxEntry entry = this.listing.find(clinicId, messageId).orElseThrow(() -> new NotFoundException("Message"));
		if (!this.listing.retry(clinicId, entry.id(), Instant.now(this.clock))) {
			throw new ConflictException("OUTBOX_NOT_FAILED", "Only a failed message can be retried.");
		}
		this.audit.record(AuditEntry.by(clinicId, adminAccountId, "ADMIN", "OUTBOX_RETRY"));
	}

}
