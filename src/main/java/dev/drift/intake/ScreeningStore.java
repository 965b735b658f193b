package dev.drift.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import dev.drift.people.ClientId;
import dev.drift.shared.Timestamps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored screenings with their answers snapshot and result as JSON text.
 */
@Repository
class ScreeningStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ScreeningStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(StoredScreening s) {
		this.jdbc
			.sql("""
					insert into intake_screening (id, clinic_id, client_id, kind, answers, result, session_level, staff_alert,
					  rule_set_version, screened_at, recorded_by)
					values (:id, :clinic, :client, :kind, :answers, :result, :level, :alert, :version, :at, :by)""")
			.param("id", s.id())
			.param("clinic", s.clinicId())
			.param("client", s.clientId())
			.param("kind", s.kind())
			.param("answers", this.json.writeValueAsString(s.answers()))
			.param("result", this.json.writeValueAsString(s.result()))
			.param("level", s.result().sessionLevel().name())
			.param("alert", s.result().staffAlert())
			.param("version", s.ruleSetVersion())
			.param("at", Timestamps.utc(s.screenedAt()))
			.param("by", s.recordedBy())
			.update();
	}

	Optional<StoredScreening> latest(UUID client) {
		return this.jdbc
			.sql("select * from intake_screening where client_id = :client"
					+ " order by screened_at desc, id fetch first 1 rows only")
			.param("client", client)
			.query(this::row)
			.optional();
	}

	List<StoredScreening> ofClient(UUID client) {
		return this.jdbc.sql("select * from intake_screening where client_id = :client order by screened_at, id")
			.param("client", client)
			.query(this::row)
			.list();
	}

	/** The client's latest screening screened at or before an instant. */
	Optional<StoredScreening> latestAt(UUID client, Instant at) {
		return this.jdbc
			.sql("select * from intake_screening where client_id = :client and screened_at <= :at"
					+ " order by screened_at desc, id fetch first 1 rows only")
			.param("client", client)
			.param("at", Timestamps.utc(at))
			.query(this::row)
			.optional();
	}

	/** The client's earliest screening screened after an instant. */
	Optional<StoredScreening> earliestAfter(UUID client, Instant at) {
		return this.jdbc
			.sql("select * from intake_screening where client_id = :client and screened_at > :at"
					+ " order by screened_at, id fetch first 1 rows only")
			.param("client", client)
			.param("at", Timestamps.utc(at))
			.query(this::row)
			.optional();
	}

	Optional<StoredScreening> find(UUID id) {
		return this.jdbc.sql("select * from intake_screening where id = :id")
			.param("id", id)
			.query(this::row)
			.optional();
	}

	/**
	 * Clients of a clinic whose latest screening raised a staff alert, newest first.
	 */
	List<StaffAlert> alerts(UUID clinic, int limit) {
		return this.jdbc
			.sql("""
					select s.client_id, s.id, s.session_level, s.screened_at from intake_screening s
					where s.clinic_id = :clinic and s.staff_alert = true
					  and s.screened_at = (select max(t.screened_at) from intake_screening t where t.client_id = s.client_id)
					order by s.screened_at desc fetch first :limit rows only""")
			.param("clinic", clinic)
			.param("limit", limit)
			.query((rs, i) -> new StaffAlert(new ClientId(rs.getObject("client_id", UUID.class)),
					rs.getObject("id", UUID.class), Level.valueOf(rs.getString("session_level")),
					Timestamps.instant(rs, "screened_at")))
			.list();
	}

	long count(UUID client) {
		return this.jdbc.sql("select count(*) from intake_screening where client_id = :client")
			.param("client", client)
			.query(Long.class)
			.single();
	}

	private StoredScreening row(ResultSet rs, int i) throws SQLException {
		JsonNode answers = this.json.readTree(rs.getString("answers"));
		ScreeningResult result = this.json.readValue(rs.getString("result"), ScreeningResult.class);
		return new StoredScreening(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getString("kind"), answers, result,
				rs.getString("rule_set_version"), Timestamps.instant(rs, "screened_at"),
				rs.getObject("recorded_by", UUID.class));
	}

}
