package dev.drift.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Re-checks, one per appointment.
 */
@Repository
class RecheckStore {

	private final JdbcClient jdbc;

	RecheckStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Recheck> byAppointment(UUID appointment) {
		return this.jdbc.sql("select * from intake_recheck where appointment_id = :appointment")
			.param("appointment", appointment)
			.query(RecheckStore::row)
			.optional();
	}

	Optional<Recheck> find(UUID id) {
		return this.jdbc.sql("select * from intake_recheck where id = :id")
			.param("id", id)
			.query(RecheckStore::row)
			.optional();
	}

	List<Recheck> of(UUID client) {
		return this.jdbc.sql("select * from intake_recheck where client_id = :client order by appointment_start, id")
			.param("client", client)
			.query(RecheckStore::row)
			.list();
	}

	void insert(UUID clinic, Recheck r) {
		this.jdbc.sql("""
				insert into intake_recheck (id, clinic_id, client_id, appointment_id, appointment_start, requested_at)
				values (:id, :clinic, :client, :appointment, :start, :at)""")
			.param("id", r.id())
			.param("clinic", clinic)
			.param("client", r.clientId().value())
			.param("appointment", r.appointmentId())
			.param("start", Timestamps.utc(r.appointmentStart()))
			.param("at", Timestamps.utc(r.requestedAt()))
			.update();
	}

	void moveTo(UUID id, Instant start) {
		this.jdbc.sql("update intake_recheck set appointment_start = :start where id = :id and answered_at is null")
			.param("start", Timestamps.utc(start))
			.param("id", id)
			.update();
	}

	boolean answer(UUID id, Instant at, boolean changed, UUID screening) {
		return this.jdbc
			.sql("update intake_recheck set answered_at = :at, changed = :changed, screening_id = :screening"
					+ " where id = :id and answered_at is null")
			.param("at", Timestamps.utc(at))
			.param("changed", changed)
			.param("screening", screening)
			.param("id", id)
			.update() == 1;
	}

	private static Recheck row(ResultSet rs, int i) throws SQLException {
		boolean changed = rs.getBoolean("changed");
		Boolean answered = rs.wasNull() ? null : changed;
		return new Recheck(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
				rs.getObject("appointment_id", UUID.class), Timestamps.instant(rs, "appointment_start"),
				Timestamps.instant(rs, "requested_at"), Timestamps.instant(rs, "answered_at"), answered,
				rs.getObject("screening_id", UUID.class));
	}

}
