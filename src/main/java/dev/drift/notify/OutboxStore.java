package dev.drift.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import dev.drift.shared.Databases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.drift.shared.Timestamps.utc;

/**
 * The outbox tables, in SQL. Every statement here is standard enough for H2 2.x and
 * PostgreSQL alike (both accept and honour {@code FOR UPDATE SKIP LOCKED}).
 */
@Repository
class OutboxStore {

	private static final String INSERT_MESSAGE = """
			insert into notify_message (id, clinic_id, recipient, subject, body, dedupe_key, status, attempts,
			  next_attempt_at, created_at)
			values (:id, :clinic, :to, :subject, :body, :key, 'PENDING', 0, :now, :now)""";

	private final JdbcClient jdbc;

	private final boolean postgres;

	OutboxStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = Databases.isPostgres(dataSource);
	}

	/**
	 * Whether {@link #insertUnlessKept} can skip a message whose dedupe key is taken in
	 * one statement ({@code ON CONFLICT DO NOTHING}, PostgreSQL); H2 needs a savepoint.
	 */
	boolean insertsUnlessKept() {
		return this.postgres;
	}

	/**
	 * PostgreSQL only: inserts the message (and its attachments) unless the clinic has
	 * one with the same dedupe key, committed or being written by a concurrent
	 * transaction (which this insert then waits for); answers whether it was inserted.
	 */
	boolean insertUnlessKept(UUID id, OutgoingEmail email, Instant now) {
		boolean inserted = message(INSERT_MESSAGE + " on conflict (clinic_id, dedupe_key) do nothing", id, email, now)
			.update() == 1;
		if (inserted) {
			insertAttachments(id, email);
		}
		return inserted;
	}

	Optional<UUID> idFor(UUID clinicId, String dedupeKey) {
		return this.jdbc.sql("select id from notify_message where clinic_id = :clinic and dedupe_key = :key")
			.param("clinic", clinicId)
			.param("key", dedupeKey)
			.query(UUID.class)
			.optional();
	}

	void insert(UUID id, OutgoingEmail email, Instant now) {
		message(INSERT_MESSAGE, id, email, now).update();
		insertAttachments(id, email);
	}

	private JdbcClient.StatementSpec message(String sql, UUID id, OutgoingEmail email, Instant now) {
		return this.jdbc.sql(sql)
			.param("id", id)
			.param("clinic", email.clinicId())
			.param("to", email.to())
			.param("subject", email.subject())
			.param("body", email.text())
			.param("key", email.dedupeKey())
			.param("now", utc(now));
	}

	private void insertAttachments(UUID id, OutgoingEmail email) {
		List<EmailAttachment> attachments = email.attachments();
		for (int i = 0; i < attachments.size(); i++) {
			EmailAttachment attachment = attachments.get(i);
			this.jdbc
				.sql("""
						insert into notify_attachment (id, message_id, clinic_id, part_index, filename, content_type, content)
						values (:id, :message, :clinic, :index, :name, :type, :content)""")
				.param("id", UUID.randomUUID())
				.param("message", id)
				.param("clinic", email.clinicId())
				.param("index", i)
				.param("name", attachment.filename())
				.param("type", attachment.contentType())
				.param("content", attachment.content())
				.update();
		}
	}

	/**
	 * Locks up to {@code limit} due messages that no other transaction holds (skipping
	 * locked rows instead of waiting for them) — due means PENDING and its time has come,
	 * or SENDING with an expired lease (the instance that claimed it died). Call inside a
	 * transaction and {@link #claim} the ids in the same one.
	 */
	List<UUID> lockDue(int limit, int maxAttempts, Instant now) {
		return this.jdbc.sql("""
				select id from notify_message
				where (status = 'PENDING' and next_attempt_at <= :now)
				   or (status = 'SENDING' and lease_until <= :now and attempts < :max)
				order by next_attempt_at, id
				fetch first :limit rows only
				for update skip locked""")
			.param("now", utc(now))
			.param("max", maxAttempts)
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** Marks locked messages SENDING under a fresh claim token, counting the attempt. */
	int claim(List<UUID> ids, UUID token, Instant leaseUntil) {
		return this.jdbc.sql("""
				update notify_message set status = 'SENDING', claim_token = :token, lease_until = :until,
				  attempts = attempts + 1
				where id in (:ids) and status in ('PENDING', 'SENDING')""")
			.param("token", token)
			.param("until", utc(leaseUntil))
			.param("ids", ids)
			.update();
	}

	/**
	 * Gives up on messages whose instance died while sending them on their last attempt.
	 */
	int failAbandoned(int maxAttempts, Instant now) {
		return this.jdbc.sql("""
				update notify_message set status = 'FAILED', claim_token = null, lease_until = null,
				  last_error = 'Delivery interrupted (claim expired) on the last attempt'
				where status = 'SENDING' and lease_until <= :now and attempts >= :max""")
			.param("now", utc(now))
			.param("max", maxAttempts)
			.update();
	}

	List<Delivery> claimed(UUID token) {
		List<Delivery> messages = this.jdbc.sql(
				"select id, recipient, subject, body, attempts from notify_message where claim_token = :token order by next_attempt_at, id")
			.param("token", token)
			.query((rs, i) -> new Delivery(rs.getObject("id", UUID.class), token, rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"), List.of()))
			.list();
		return messages.stream().map((m) -> m.with(attachments(m.id()))).toList();
	}

	private List<EmailAttachment> attachments(UUID messageId) {
		return this.jdbc.sql(
				"select filename, content_type, content from notify_attachment where message_id = :id order by part_index")
			.param("id", messageId)
			.query((rs, i) -> new EmailAttachment(rs.getString("filename"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
	}

	/** Records a delivery; false when this instance's claim was lost meanwhile. */
	boolean markSent(Delivery delivery, Instant now) {
		return this.jdbc.sql("""
				update notify_message set status = 'SENT', sent_at = :now, claim_token = null, lease_until = null,
				  last_error = null
				where id = :id and claim_token = :token""")
			.param("now", utc(now))
			.param("id", delivery.id())
			.param("token", delivery.token())
			.update() == 1;
	}

	/**
	 * Records a failed attempt: PENDING again at {@code retryAt}, or FAILED when null.
	 */
	void markFailedAttempt(Delivery delivery, String error, Instant retryAt) {
		String next = (retryAt != null) ? "status = 'PENDING', next_attempt_at = :retry" : "status = 'FAILED'";
		this.jdbc
			.sql("update notify_message set " + next + ", claim_token = null, lease_until = null,"
					+ " last_error = :error where id = :id and claim_token = :token")
			.params((retryAt != null) ? Map.of("retry", utc(retryAt)) : Map.of())
			.param("error", error)
			.param("id", delivery.id())
			.param("token", delivery.token())
			.update();
	}

	/**
	 * In UTC, truncated to what both databases store (microseconds), so "due at now" is
	 * due.
	 */
	/** A claimed message with everything needed to send it. */
	record Delivery(UUID id, UUID token, String to, String subject, String text, int attempts,
			List<EmailAttachment> attachments) {

		Delivery with(List<EmailAttachment> parts) {
			return new Delivery(this.id, this.token, this.to, this.subject, this.text, this.attempts, parts);
		}

	}

	/** Deletes every message to an address, with its attachments (erasure). */
	int eraseRecipient(String recipient) {
		this.jdbc.sql(
				"delete from notify_attachment where message_id in (select id from notify_message where recipient = :to)")
			.param("to", recipient)
			.update();
		return this.jdbc.sql("delete from notify_message where recipient = :to").param("to", recipient).update();
	}

}
