package dev.drift.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.drift.shared.Timestamps;

/**
 * Clearances and overrides with the condition fingerprint they were given for.
 */
@Repository
class ClearanceStore {

	private final JdbcClient jdbc;

	ClearanceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID clinic, UUID client, Clearance c, String fingerprint) {
		this.jdbc
			.sql("""
					insert into intake_clearance (id, clinic_id, client_id, kind, rule_id, screening_id, condition_fingerprint,
					  given_by_name, given_by_role, given_on, limits_text, expires_on, reason, recorded_by, recorded_at)
					values (:id, :clinic, :client, :kind, :rule, :screening, :fingerprint, :name, :role, :givenOn, :limits,
					  :expiresOn, :reason, :by, :at)""")
			.param("id", c.id())
			.param("clinic", clinic)
			.param("client", client)
			.param("kind", c.kind())
			.param("rule", c.rule())
			.param("screening", c.screeningId())
			.param("fingerprint", fingerprint)
			.param("name", c.givenByName())
			.param("role", c.givenByRole())
			.param("givenOn", c.givenOn())
			.param("limits", c.limits())
			.param("expiresOn", c.expiresOn())
			.param("reason", c.reason())
			.param("by", c.recordedBy())
			.param("at", Timestamps.utc(c.recordedAt()))
			.update();
	}

	List<Stored> of(UUID client) {
		return this.jdbc.sql("select * from intake_clearance where client_id = :client order by recorded_at desc, id")
			.param("client", client)
			.query(ClearanceStore::row)
			.list();
	}

	private static Stored row(ResultSet rs, int i) throws SQLException {
		return new Stored(new Clearance(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("rule_id"),
				rs.getObject("screening_id", UUID.class), rs.getString("given_by_name"), rs.getString("given_by_role"),
				rs.getObject("given_on", LocalDate.class), rs.getString("limits_text"),
				rs.getObject("expires_on", LocalDate.class), rs.getString("reason"),
				rs.getObject("recorded_by", UUID.class), Timestamps.instant(rs, "recorded_at")),
				rs.getString("condition_fingerprint"));
	}

	record Stored(Clearance clearance, String fingerprint) {
	}

}
