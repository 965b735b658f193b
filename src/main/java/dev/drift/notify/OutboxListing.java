package dev.drift.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.drift.shared.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.drift.shared.Timestamps.instant;
import static dev.drift.shared.Timestamps.utc;

/**
 * The admin's queries over the outbox: a clinic's messages (metadata only, no bodies) and
 * the retry of a failed one.
 */
@Repository
class OutboxListing {

	private static final String ENTRY_COLUMNS = "id, created_at, recipient, subject, status, attempts, next_attempt_at, sent_at, last_error";

	private final JdbcClient jdbc;

	OutboxListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ResultPage<OutboxEntry> page(UUID clinicId, MessageStatus status, int page, int size) {
		String where = " where clinic_id = :clinic" + ((status != null) ? " and status = :status" : "");
		long total = this.jdbc.sql("select count(*) from notify_message" + where)
			.param("clinic", clinicId)
			.params(statusParam(status))
			.query(Long.class)
			.single();
		List<OutboxEntry> items = this.jdbc
			.sql("select " + ENTRY_COLUMNS + " from notify_message" + where
					+ " order by created_at desc, id offset :offset rows fetch first :size rows only")
			.param("clinic", clinicId)
			.params(statusParam(status))
			.param("offset", (long) page * size)
			.param("size", size)
			.query(OutboxListing::entry)
			.list();
		return new ResultPage<>(items, page, size, total);
	}

	Optional<OutboxEntry> find(UUID clinicId, UUID id) {
		return this.jdbc.sql("select " + ENTRY_COLUMNS + " from notify_message where clinic_id = :clinic and id = :id")
			.param("clinic", clinicId)
			.param("id", id)
			.query(OutboxListing::entry)
			.optional();
	}

	/** Puts a FAILED message back in the queue with a fresh count of attempts. */
	boolean retry(UUID clinicId, UUID id, Instant now) {
		return this.jdbc.sql("""
				update notify_message set status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = null
				where clinic_id = :clinic and id = :id and status = 'FAILED'""")
			.param("now", utc(now))
			.param("clinic", clinicId)
			.param("id", id)
			.update() == 1;
	}

	private static Map<String, Object> statusParam(MessageStatus status) {
		return (status != null) ? Map.of("status", status.name()) : Map.of();
	}

	private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
		return new OutboxEntry(rs.getObject("id", UUID.class), instant(rs, "created_at"), rs.getString("recipient"),
				rs.getString("subject"), MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"));
	}

}
