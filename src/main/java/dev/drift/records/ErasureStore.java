package dev.drift.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasure requests and the clinic's retention period.
 */
@Component
class ErasureStore {

	/** Without a clinic setting: 8 years after the last treatment. */
	static final int DEFAULT_RETENTION_YEARS = 8;

	private final JdbcClient jdbc;

	ErasureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, ClinicId clinic, ClientId client, Instant at) {
		this.jdbc.sql("""
				insert into records_erasure_request (id, clinic_id, client_id, status, requested_at)
				values (:id, :clinic, :client, 'REQUESTED', :at)""")
			.param("id", id)
			.param("clinic", clinic.value())
			.param("client", client.value())
			.param("at", Timestamps.utc(at))
			.update();
	}

	Optional<Row> latest(ClientId client) {
		return this.jdbc
			.sql("select * from records_erasure_request where client_id = :client"
					+ " order by requested_at desc fetch first 1 rows only")
			.param("client", client.value())
			.query(ErasureStore::row)
			.optional();
	}

	Optional<Row> find(ClinicId clinic, UUID id) {
		return this.jdbc.sql("select * from records_erasure_request where id = :id and clinic_id = :clinic")
			.param("id", id)
			.param("clinic", clinic.value())
			.query(ErasureStore::row)
			.optional();
	}

	List<Row> ofClinic(ClinicId clinic) {
		return this.jdbc
			.sql("select * from records_erasure_request where clinic_id = :clinic order by status desc, requested_at")
			.param("clinic", clinic.value())
			.query(ErasureStore::row)
			.list();
	}

	/** Marks an open request erased; false when it was not open any more. */
	boolean erased(UUID id, UUID admin, Instant at, LocalDate keepUntil, int appointments, int plans) {
		return this.jdbc.sql("""
				update records_erasure_request set status = 'ERASED', decided_at = :at, decided_by = :admin,
				  keep_until = :keep, retained_appointments = :appointments, retained_plans = :plans
				where id = :id and status = 'REQUESTED'""")
			.param("id", id)
			.param("admin", admin)
			.param("at", Timestamps.utc(at))
			.param("keep", keepUntil)
			.param("appointments", appointments)
			.param("plans", plans)
			.update() == 1;
	}

	int retentionYears(ClinicId clinic) {
		return this.jdbc.sql("select retention_years from records_clinic_settings where clinic_id = :clinic")
			.param("clinic", clinic.value())
			.query(Integer.class)
			.optional()
			.orElse(DEFAULT_RETENTION_YEARS);
	}

	void changeRetention(ClinicId clinic, int years) {
		int updated = this.jdbc
			.sql("update records_clinic_settings set retention_years = :years where clinic_id = :clinic")
			.param("clinic", clinic.value())
			.param("years", years)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into records_clinic_settings (clinic_id, retention_years) values (:clinic, :years)")
				.param("clinic", clinic.value())
				.param("years", years)
				.update();
		}
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
				ErasureRequest.Status.valueOf(rs.getString("status")), Timestamps.instant(rs, "requested_at"),
				Timestamps.instant(rs, "decided_at"), rs.getObject("keep_until", LocalDate.class),
				(Integer) rs.getObject("retained_appointments"), (Integer) rs.getObject("retained_plans"));
	}

	record Row(UUID id, ClientId clientId, ErasureRequest.Status status, Instant requestedAt, Instant decidedAt,
			LocalDate keepUntil, Integer retainedAppointments, Integer retainedPlans) {

		boolean open() {
			return this.status == ErasureRequest.Status.REQUESTED;
		}

		ErasureRequest view(String clientName) {
			return new ErasureRequest(this.id, this.clientId, clientName, this.status, this.requestedAt, this.decidedAt,
					this.keepUntil, this.retainedAppointments, this.retainedPlans);
		}

	}

}
