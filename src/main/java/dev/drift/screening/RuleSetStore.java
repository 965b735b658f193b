package dev.drift.screening;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.drift.shared.Timestamps.utc;

import static dev.drift.shared.Timestamps.instant;

/**
 * Rule-set versions and the lead therapist, per clinic.
 */
@Repository
class RuleSetStore {

	private final JdbcClient jdbc;

	RuleSetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RuleSetVersion> all(UUID clinic) {
		return this.jdbc.sql("select * from intake_rule_set where clinic_id = :clinic order by number desc")
			.param("clinic", clinic)
			.query(RuleSetStore::version)
			.list();
	}

	Optional<RuleSetVersion> newestSigned(UUID clinic) {
		return this.jdbc
			.sql("select * from intake_rule_set where clinic_id = :clinic and signed_at is not null"
					+ " order by number desc fetch first 1 rows only")
			.param("clinic", clinic)
			.query(RuleSetStore::version)
			.optional();
	}

	Optional<RuleSetVersion> find(UUID clinic, UUID id) {
		return this.jdbc.sql("select * from intake_rule_set where clinic_id = :clinic and id = :id")
			.param("clinic", clinic)
			.param("id", id)
			.query(RuleSetStore::version)
			.optional();
	}

	int nextNumber(UUID clinic) {
		return this.jdbc.sql("select coalesce(max(number), 0) + 1 from intake_rule_set where clinic_id = :clinic")
			.param("clinic", clinic)
			.query(Integer.class)
			.single();
	}

	void insert(UUID clinic, RuleSetVersion v) {
		RuleSettings s = v.settings();
		this.jdbc
			.sql("""
					insert into intake_rule_set (id, clinic_id, number, label, fever_celsius, bp_defer_systolic,
					  bp_defer_diastolic, bp_urgent_systolic, bp_urgent_diastolic, dvt_recent_months, surgery_recent_weeks,
					  first_trimester_level, created_at, created_by)
					values (:id, :clinic, :number, :label, :fever, :ds, :dd, :us, :ud, :dvt, :surgery, :trimester, :at, :by)""")
			.param("id", v.id())
			.param("clinic", clinic)
			.param("number", v.number())
			.param("label", v.label())
			.param("fever", s.feverCelsius())
			.param("ds", s.bpDeferSystolic())
			.param("dd", s.bpDeferDiastolic())
			.param("us", s.bpUrgentSystolic())
			.param("ud", s.bpUrgentDiastolic())
			.param("dvt", s.dvtRecentMonths())
			.param("surgery", s.surgeryRecentWeeks())
			.param("trimester", s.firstTrimesterLevel().name())
			.param("at", utc(v.createdAt()))
			.param("by", v.createdBy())
			.update();
	}

	boolean sign(UUID clinic, UUID id, UUID signer, String name, Instant at) {
		return this.jdbc
			.sql("update intake_rule_set set signed_at = :at, signed_by = :by, signed_by_name = :name"
					+ " where clinic_id = :clinic and id = :id and signed_at is null")
			.param("at", utc(at))
			.param("by", signer)
			.param("name", name)
			.param("clinic", clinic)
			.param("id", id)
			.update() == 1;
	}

	Optional<UUID> leadTherapist(UUID clinic) {
		return this.jdbc.sql("select lead_therapist_id from intake_clinic_settings where clinic_id = :clinic")
			.param("clinic", clinic)
			.query((rs, i) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.optional()
			.flatMap((lead) -> lead);
	}

	void nameLeadTherapist(UUID clinic, UUID therapist, Instant at) {
		int updated = this.jdbc.sql(
				"update intake_clinic_settings set lead_therapist_id = :lead, changed_at = :at where clinic_id = :clinic")
			.param("lead", therapist)
			.param("at", utc(at))
			.param("clinic", clinic)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into intake_clinic_settings (clinic_id, lead_therapist_id, changed_at)"
						+ " values (:clinic, :lead, :at)")
				.param("lead", therapist)
				.param("at", utc(at))
				.param("clinic", clinic)
				.update();
		}
	}

	private static RuleSetVersion version(ResultSet rs, int row) throws SQLException {
		BigDecimal fever = rs.getBigDecimal("fever_celsius");
		Questionnaire q = Questionnaire.standard();
		RuleSettings d = q.defaultSettings();
		RuleSettings settings = new RuleSettings(fever, rs.getInt("bp_defer_systolic"), rs.getInt("bp_defer_diastolic"),
				rs.getInt("bp_urgent_systolic"), rs.getInt("bp_urgent_diastolic"), rs.getInt("dvt_recent_months"),
				rs.getInt("surgery_recent_weeks"), d.firstTrimesterMaxWeeks(), d.pregnancyNoProneFromWeeks(),
				d.pregnancySideLyingFromWeeks(), Level.valueOf(rs.getString("first_trimester_level")));
		return new RuleSetVersion(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("label"), settings,
				instant(rs, "created_at"), rs.getObject("created_by", UUID.class), instant(rs, "signed_at"),
				rs.getObject("signed_by", UUID.class), rs.getString("signed_by_name"));
	}

}
