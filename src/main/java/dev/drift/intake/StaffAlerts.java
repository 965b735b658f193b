package dev.drift.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.drift.audit.AuditEntry;
import dev.drift.audit.AuditEntry.Outcome;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.Clients;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients whose latest screening raised a staff alert (an URGENT result, or thoughts of
 * self-harm), for the therapist's home page. Staff only; each read is audited once (ids
 * only).
 */
@Service
@Transactional
public class StaffAlerts {

	static final int LIMIT = 20;

	private final JdbcClient jdbc;

	private final Clients clients;

	private final AuditLog audit;

	StaffAlerts(JdbcClient jdbc, Clients clients, AuditLog audit) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
	}

	/** The clinic's clients whose latest screening has a staff alert, newest first. */
	public List<StaffAlert> current(Actor actor) {
		actor.requireStaff();
		List<StaffAlert> alerts = this.jdbc
			.sql("select s.client_id, s.session_level, s.screened_at from intake_screening s"
					+ " where s.clinic_id = :clinic and s.staff_alert = true and s.screened_at ="
					+ " (select max(t.screened_at) from intake_screening t where t.client_id = s.client_id)"
					+ " order by s.screened_at desc fetch first " + LIMIT + " rows only")
			.param("clinic", actor.clinicId().value())
			.query((rs, i) -> {
				ClientId client = new ClientId(rs.getObject("client_id", UUID.class));
				return new StaffAlert(client,
						this.clients.find(client).map((c) -> c.name()).orElse(client.value().toString()),
						Level.valueOf(rs.getString("session_level")), RuleSetStore.instant(rs, "screened_at"));
			})
			.list();
		java.util.Set<ClientId> seen = new java.util.HashSet<>();
		alerts = alerts.stream().filter((a) -> seen.add(a.clientId())).toList();
		this.audit.record(new AuditEntry(actor.clinicId().value(), actor.accountId(), actor.role().name(), null, null,
				"STAFF_ALERTS_READ", Outcome.SUCCESS, null));
		return alerts;
	}

	/**
	 * One client with a staff alert.
	 *
	 * @param clientId the client
	 * @param name their name
	 * @param sessionLevel the latest session level
	 * @param screenedAt when
	 */
	public record StaffAlert(ClientId clientId, String name, Level sessionLevel, Instant screenedAt) {
	}

}
