package dev.drift.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.plan.PlanView.PlanVersion;
import dev.drift.shared.Timestamps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans and their versions; recommendation and terms as JSON text.
 */
@Repository
class PlanStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PlanStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(StoredPlan plan, String reason) {
		this.jdbc.sql("""
				insert into plan_plan (id, clinic_id, client_id, status, screening_id, rule_set_version, first_visit,
				  recommendation, terms, created_by, created_at, changed_at, version)
				values (:id, :clinic, :client, :status, :screening, :ruleSet, :firstVisit, :recommendation, :terms,
				  :by, :at, :at, 1)""")
			.param("id", plan.id())
			.param("clinic", plan.clinicId())
			.param("client", plan.clientId())
			.param("status", plan.status().name())
			.param("screening", plan.screeningId())
			.param("ruleSet", plan.ruleSetVersion())
			.param("firstVisit", plan.firstVisit())
			.param("recommendation", this.json.writeValueAsString(plan.recommendation()))
			.param("terms", this.json.writeValueAsString(plan.terms()))
			.param("by", plan.createdBy())
			.param("at", Timestamps.utc(plan.createdAt()))
			.update();
		insertVersion(plan.id(), 1, plan.terms(), reason, plan.createdBy(), plan.createdAt());
	}

	/**
	 * New terms as the next version; a concurrent change of the same plan loses (409).
	 */
	void changeTerms(StoredPlan plan, PlanTerms terms, String reason, UUID by, Instant at) {
		int updated = this.jdbc.sql("""
				update plan_plan set terms = :terms, flag = null, flagged_at = null, changed_at = :at,
				  version = version + 1
				where id = :id and version = :version""")
			.param("terms", this.json.writeValueAsString(terms))
			.param("at", Timestamps.utc(at))
			.param("id", plan.id())
			.param("version", plan.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("The plan changed meanwhile");
		}
		insertVersion(plan.id(), plan.version() + 1, terms, reason, by, at);
	}

	void signpost(UUID plan, String signpost) {
		this.jdbc.sql("update plan_plan set signpost = :signpost where id = :id")
			.param("signpost", signpost)
			.param("id", plan)
			.update();
	}

	void changeStatus(UUID plan, PlanStatus status, Instant at) {
		this.jdbc.sql("update plan_plan set status = :status, changed_at = :at where id = :id")
			.param("status", status.name())
			.param("at", Timestamps.utc(at))
			.param("id", plan)
			.update();
	}

	void reviewAt(UUID plan, Instant at) {
		this.jdbc.sql("update plan_plan set review_at = :at where id = :id")
			.param("at", Timestamps.utc(at))
			.param("id", plan)
			.update();
	}

	void flag(UUID plan, String flag, Instant at) {
		this.jdbc.sql("update plan_plan set flag = :flag, flagged_at = :at where id = :id")
			.param("flag", flag)
			.param("at", flag == null ? null : Timestamps.utc(at))
			.param("id", plan)
			.update();
	}

	void addSession(UUID plan, UUID appointment, int number, String phase, boolean reviewPoint, Instant at) {
		this.jdbc.sql("""
				insert into plan_session (appointment_id, plan_id, number, phase, review_point, booked_at)
				values (:appointment, :plan, :number, :phase, :review, :at)""")
			.param("appointment", appointment)
			.param("plan", plan)
			.param("number", number)
			.param("phase", phase)
			.param("review", reviewPoint)
			.param("at", Timestamps.utc(at))
			.update();
	}

	/** The highest session number the plan has booked in a phase (0 when none). */
	int lastSession(UUID plan, String phase) {
		return this.jdbc
			.sql("select coalesce(max(number), 0) from plan_session where plan_id = :plan and phase = :phase")
			.param("plan", plan)
			.param("phase", phase)
			.query(Integer.class)
			.single();
	}

	/** The plan's booked appointments (phase, number, appointment), in order. */
	List<BookedSession> sessions(UUID plan) {
		return this.jdbc
			.sql("select appointment_id, number, phase, review_point from plan_session where plan_id = :plan"
					+ " order by booked_at, phase, number")
			.param("plan", plan)
			.query((rs, i) -> new BookedSession(rs.getObject("appointment_id", UUID.class), rs.getInt("number"),
					rs.getString("phase"), rs.getBoolean("review_point")))
			.list();
	}

	void insertReview(UUID plan, PlanReview review, ReviewDecision decision, UUID by, Instant at) {
		this.jdbc.sql("""
				insert into plan_review (id, plan_id, decision, suggested, isi_baseline, isi_latest, psqi_baseline,
				  psqi_latest, reason, decided_by, decided_at)
				values (:id, :plan, :decision, :suggested, :isiBaseline, :isiLatest, :psqiBaseline, :psqiLatest,
				  :reason, :by, :at)""")
			.param("id", UUID.randomUUID())
			.param("plan", plan)
			.param("decision", decision.decision().name())
			.param("suggested", review.suggestion() == null ? "NONE" : review.suggestion().name())
			.param("isiBaseline", review.isi() == null ? null : review.isi().baselineTotal())
			.param("isiLatest", review.isi() == null ? null : review.isi().followUpTotal())
			.param("psqiBaseline", review.psqiBaseline())
			.param("psqiLatest", review.psqiLatest())
			.param("reason",
					decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip())
			.param("by", by)
			.param("at", Timestamps.utc(at))
			.update();
	}

	/**
	 * The ISI total recorded at the plan's last review that moved it to maintenance, if
	 * any.
	 */
	Optional<Integer> isiAtImprovement(UUID plan) {
		return this.jdbc
			.sql("select isi_latest from plan_review where plan_id = :plan and decision = 'IMPROVED'"
					+ " order by decided_at desc fetch first 1 rows only")
			.param("plan", plan)
			.query((rs, i) -> (Integer) rs.getObject(1, Integer.class))
			.optional();
	}

	Optional<StoredPlan> find(UUID id) {
		return this.jdbc.sql("select * from plan_plan where id = :id").param("id", id).query(this::row).optional();
	}

	/** A client's plans, newest first. */
	List<StoredPlan> ofClient(ClientId client) {
		return this.jdbc.sql("select * from plan_plan where client_id = :client order by created_at desc, id")
			.param("client", client.value())
			.query(this::row)
			.list();
	}

	/** The clients' plans in one statement, newest first per client. */
	java.util.Map<UUID, List<StoredPlan>> ofClients(java.util.Collection<UUID> clients) {
		java.util.Map<UUID, List<StoredPlan>> byClient = new java.util.HashMap<>();
		if (clients.isEmpty()) {
			return byClient;
		}
		this.jdbc.sql("select * from plan_plan where client_id in (:clients) order by client_id, created_at desc, id")
			.param("clients", clients)
			.query(this::row)
			.list()
			.forEach((plan) -> byClient.computeIfAbsent(plan.clientId(), (k) -> new java.util.ArrayList<>()).add(plan));
		return byClient;
	}

	/** A client's plans that are not closed (the ones a new screening re-checks). */
	List<StoredPlan> openOfClient(ClientId client) {
		return ofClient(client).stream().filter((plan) -> plan.status() != PlanStatus.CLOSED).toList();
	}

	List<PlanVersion> versions(UUID plan) {
		return this.jdbc.sql("select * from plan_version where plan_id = :plan order by number desc")
			.param("plan", plan)
			.query((rs, i) -> new PlanVersion(rs.getInt("number"),
					this.json.readValue(rs.getString("terms"), PlanTerms.class), rs.getString("reason"),
					rs.getObject("changed_by", UUID.class), Timestamps.instant(rs, "changed_at")))
			.list();
	}

	private void insertVersion(UUID plan, int number, PlanTerms terms, String reason, UUID by, Instant at) {
		this.jdbc.sql("""
				insert into plan_version (plan_id, number, terms, reason, changed_by, changed_at)
				values (:plan, :number, :terms, :reason, :by, :at)""")
			.param("plan", plan)
			.param("number", number)
			.param("terms", this.json.writeValueAsString(terms))
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamps.utc(at))
			.update();
	}

	private StoredPlan row(ResultSet rs, int i) throws SQLException {
		return new StoredPlan(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("client_id", UUID.class), PlanStatus.valueOf(rs.getString("status")),
				rs.getObject("screening_id", UUID.class), rs.getString("rule_set_version"),
				rs.getBoolean("first_visit"), this.json.readValue(rs.getString("recommendation"), Recommendation.class),
				this.json.readValue(rs.getString("terms"), PlanTerms.class), rs.getString("flag"),
				rs.getObject("created_by", UUID.class), Timestamps.instant(rs, "created_at"),
				Timestamps.instant(rs, "changed_at"), rs.getInt("version"), Timestamps.instant(rs, "review_at"),
				rs.getString("signpost"));
	}

	/** An appointment a plan booked. */
	record BookedSession(UUID appointmentId, int number, String phase, boolean reviewPoint) {
	}

	/** A plan row as stored. */
	record StoredPlan(UUID id, UUID clinicId, UUID clientId, PlanStatus status, UUID screeningId, String ruleSetVersion,
			boolean firstVisit, Recommendation recommendation, PlanTerms terms, String flag, UUID createdBy,
			Instant createdAt, Instant changedAt, int version, Instant reviewAt, String signpost) {

		/**
		 * Where the plan stands at an instant: an active plan is due for review once its
		 * review session starts.
		 */
		PlanStatus statusAt(Instant now) {
			return (this.status == PlanStatus.ACTIVE && this.reviewAt != null && !now.isBefore(this.reviewAt))
					? PlanStatus.REVIEW_DUE : this.status;
		}

		PlanView view(List<PlanVersion> versions, Instant now) {
			return new PlanView(this.id, new ClientId(this.clientId), statusAt(now), this.recommendation, this.terms,
					this.screeningId, this.ruleSetVersion, this.firstVisit, this.flag, this.reviewAt, this.signpost,
					this.createdAt, this.changedAt, versions);
		}

	}

}
