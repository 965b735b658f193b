package dev.drift.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.drift.shared.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.drift.shared.Timestamps.instant;
import static dev.drift.shared.Timestamps.utc;

/**
 * Writes and lists audit rows.
 */
@Service
public class AuditLog {

	private static final String PROFILE_READ = "CLIENT_PROFILE_READ";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an entry as part of the caller's transaction: if the audited change rolls
	 * back, so does its audit row.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null || !isRead(entry)) {
			insert(entry);
			return;
		}
		String key = AuditLog.class.getName() + ".read:" + entry.actorAccountId() + ":" + entry.clientId();
		if (!(request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof ReadRow earlier)) {
			request.setAttribute(key, new ReadRow(insert(entry), entry.action()), RequestAttributes.SCOPE_REQUEST);
		}
		else if (earlier.action().equals(PROFILE_READ) && !entry.action().equals(PROFILE_READ)) {
			this.jdbc.sql("update audit_event set action = :action where id = :id")
				.param("action", entry.action())
				.param("id", earlier.id())
				.update();
			request.setAttribute(key, new ReadRow(earlier.id(), entry.action()), RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * One page view or API call is one read of a client's record, however many of its
	 * parts it reads: within a web request only the first successful read of a client by
	 * an actor writes a row, named after the most specific part read (a sleep page that
	 * also reads the profile for its heading is a diary read). Changes, refusals and
	 * reads outside a request (jobs) are always written.
	 */
	private static boolean isRead(AuditEntry entry) {
		return entry.clientId() != null && entry.outcome() == AuditEntry.Outcome.SUCCESS
				&& entry.action().endsWith("_READ");
	}

	private record ReadRow(UUID id, String action) {
	}

	/**
	 * Records an entry that must survive the caller's failure (a refused read, a failed
	 * sign-in): it commits on its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordIndependently(AuditEntry entry) {
		insert(entry);
	}

	/** A clinic's audit trail, newest first, a page at a time. */
	@Transactional(readOnly = true)
	public ResultPage<AuditRecord> page(UUID clinicId, int page, int size) {
		int pageSize = Math.clamp(size, 1, 200);
		int pageNumber = Math.max(page, 0);
		long total = this.jdbc.sql("select count(*) from audit_event where clinic_id = :clinic")
			.param("clinic", clinicId)
			.query(Long.class)
			.single();
		List<AuditRecord> items = this.jdbc
			.sql("""
					select id, occurred_at, actor_account_id, actor_role, client_id, account_id, action, outcome, source_address
					from audit_event where clinic_id = :clinic order by occurred_at desc, id
					offset :offset rows fetch first :size rows only""")
			.param("clinic", clinicId)
			.param("offset", (long) pageNumber * pageSize)
			.param("size", pageSize)
			.query((rs, i) -> new AuditRecord(rs.getObject("id", UUID.class), instant(rs, "occurred_at"),
					rs.getObject("actor_account_id", UUID.class), rs.getString("actor_role"),
					rs.getObject("client_id", UUID.class), rs.getObject("account_id", UUID.class),
					rs.getString("action"), AuditEntry.Outcome.valueOf(rs.getString("outcome")),
					rs.getString("source_address")))
			.list();
		return new ResultPage<>(items, pageNumber, pageSize, total);
	}

	/** The newest entries of a clinic's audit trail. */
	@Transactional(readOnly = true)
	public List<AuditRecord> latest(UUID clinicId, int limit) {
		return page(clinicId, 0, limit).items();
	}

	/**
	 * Counts entries of one action about one client; used by tests and reports.
	 */
	@Transactional(readOnly = true)
	public long count(String action, UUID clientId) {
		return this.jdbc.sql("select count(*) from audit_event where action = :action and client_id = :client")
			.param("action", action)
			.param("client", clientId)
			.query(Long.class)
			.single();
	}

	private UUID insert(AuditEntry entry) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into audit_event (id, clinic_id, occurred_at, actor_account_id, actor_role, client_id, account_id,
					  action, outcome, source_address)
					values (:id, :clinic, :at, :actor, :role, :client, :account, :action, :outcome, :address)""")
			.param("id", id)
			.param("clinic", entry.clinicId())
			.param("at", utc(Instant.now(this.clock)))
			.param("actor", entry.actorAccountId())
			.param("role", entry.actorRole())
			.param("client", entry.clientId())
			.param("account", entry.accountId())
			.param("action", entry.action())
			.param("outcome", entry.outcome().name())
			.param("address", entry.sourceAddress())
			.update();
		return id;
	}

	/**
	 * A stored audit row.
	 */
	public record AuditRecord(UUID id, Instant occurredAt, UUID actorAccountId, String actorRole, UUID clientId,
			UUID accountId, String action, AuditEntry.Outcome outcome, String sourceAddress) {
	}

}
