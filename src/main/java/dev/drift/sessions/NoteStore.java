package dev.drift.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.drift.shared.Timestamps;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attendance, notes (content as JSON text) and addenda.
 */
@Repository
class NoteStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	/** Inserts that may meet a concurrent twin run under a savepoint: only they undo. */
	private final TransactionTemplate savepoint;

	NoteStore(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	// --- attendance

	/**
	 * Records or changes the attendance (a concurrent first mark: the later one wins).
	 */
	void mark(StoredAttendance a) {
		if (update(a) == 0) {
			try {
				this.savepoint.executeWithoutResult((status) -> this.jdbc.sql("""
						insert into sessions_attendance (appointment_id, clinic_id, client_id, therapist_id, starts_at,
						  status, marked_by, marked_at)
						values (:id, :clinic, :client, :therapist, :start, :status, :by, :at)""")
					.param("id", a.appointmentId())
					.param("clinic", a.clinicId())
					.param("client", a.clientId())
					.param("therapist", a.therapistId())
					.param("start", Timestamps.utc(a.start()))
					.param("status", a.status().name())
					.param("by", a.markedBy())
					.param("at", Timestamps.utc(a.markedAt()))
					.update());
			}
			catch (DuplicateKeyException markedMeanwhile) {
				update(a);
			}
		}
	}

	private int update(StoredAttendance a) {
		return this.jdbc
			.sql("update sessions_attendance set status = :status, marked_by = :by, marked_at = :at"
					+ " where appointment_id = :id")
			.param("status", a.status().name())
			.param("by", a.markedBy())
			.param("at", Timestamps.utc(a.markedAt()))
			.param("id", a.appointmentId())
			.update();
	}

	Optional<StoredAttendance> attendance(UUID appointment) {
		return this.jdbc.sql("select * from sessions_attendance where appointment_id = :id")
			.param("id", appointment)
			.query(this::attendanceRow)
			.optional();
	}

	/** Attendance by appointment id, for the ones marked. */
	Map<UUID, AttendanceStatus> attendances(Collection<UUID> appointments) {
		return statusByAppointment("sessions_attendance", appointments, AttendanceStatus::valueOf);
	}

	/**
	 * Attended appointments of a clinic that started between two instants and have no
	 * signed note, oldest first.
	 */
	List<StoredAttendance> attendedWithoutSignedNote(UUID clinic, Instant from, Instant to) {
		return this.jdbc.sql("""
				select a.* from sessions_attendance a left join sessions_note n on n.appointment_id = a.appointment_id
				where a.clinic_id = :clinic and a.status = 'ATTENDED' and a.starts_at >= :from and a.starts_at < :to
				  and (n.status is null or n.status <> 'SIGNED')
				order by a.starts_at""")
			.param("clinic", clinic)
			.param("from", Timestamps.utc(from))
			.param("to", Timestamps.utc(to))
			.query(this::attendanceRow)
			.list();
	}

	// --- notes

	/**
	 * Opens a draft unless the appointment has a note already; true when it opened one.
	 */
	boolean open(StoredNote note) {
		if (find(note.appointmentId()).isPresent()) {
			return false;
		}
		try {
			this.savepoint.executeWithoutResult((status) -> this.jdbc.sql("""
					insert into sessions_note (appointment_id, clinic_id, client_id, therapist_id, starts_at,
					  screening_id, rule_set_version, content, drift_off, status, version, created_at, saved_at)
					values (:id, :clinic, :client, :therapist, :start, :screening, :ruleSet, :content, null, 'DRAFT', 0,
					  :at, :at)""")
				.param("id", note.appointmentId())
				.param("clinic", note.clinicId())
				.param("client", note.clientId())
				.param("therapist", note.therapistId())
				.param("start", Timestamps.utc(note.start()))
				.param("screening", note.screeningId())
				.param("ruleSet", note.ruleSetVersion())
				.param("content", this.json.writeValueAsString(note.content()))
				.param("at", Timestamps.utc(note.savedAt()))
				.update());
			return true;
		}
		catch (DuplicateKeyException alreadyOpened) {
			return false;
		}
	}

	/** Saves a draft's content; false when the note is signed (or gone) meanwhile. */
	boolean saveDraft(UUID appointment, NoteContent content, Instant at) {
		return this.jdbc.sql("""
				update sessions_note set content = :content, drift_off = :driftOff, saved_at = :at,
				  version = version + 1
				where appointment_id = :id and status = 'DRAFT'""")
			.param("content", this.json.writeValueAsString(content))
			.param("driftOff", content.assessment().driftOff() == null ? null : content.assessment().driftOff().name())
			.param("at", Timestamps.utc(at))
			.param("id", appointment)
			.update() == 1;
	}

	/**
	 * Signs the draft as it stands at {@code version}; false when it changed or is
	 * signed.
	 */
	boolean sign(UUID appointment, long version, UUID by, Instant at, String hash) {
		return this.jdbc.sql("""
				update sessions_note set status = 'SIGNED', signed_by = :by, signed_at = :at, content_hash = :hash,
				  version = version + 1
				where appointment_id = :id and status = 'DRAFT' and version = :version""")
			.param("by", by)
			.param("at", Timestamps.utc(at))
			.param("hash", hash)
			.param("id", appointment)
			.param("version", version)
			.update() == 1;
	}

	Optional<StoredNote> find(UUID appointment) {
		return this.jdbc.sql("select * from sessions_note where appointment_id = :id")
			.param("id", appointment)
			.query(this::noteRow)
			.optional();
	}

	/** Note status by appointment id, for the ones with a note. */
	Map<UUID, NoteStatus> statuses(Collection<UUID> appointments) {
		return statusByAppointment("sessions_note", appointments, NoteStatus::valueOf);
	}

	private <T> Map<UUID, T> statusByAppointment(String table, Collection<UUID> appointments,
			Function<String, T> status) {
		Map<UUID, T> found = new HashMap<>();
		if (!appointments.isEmpty()) {
			this.jdbc.sql("select appointment_id, status from " + table + " where appointment_id in (:ids)")
				.param("ids", appointments)
				.query((rs) -> {
					found.put(rs.getObject(1, UUID.class), status.apply(rs.getString(2)));
				});
		}
		return found;
	}

	/** A client's attended appointments with their notes, oldest first. */
	List<AttendedSession> attended(UUID client) {
		return attended(List.of(client)).getOrDefault(client, List.of());
	}

	/**
	 * The clients' attended sessions in one statement, oldest first per client, with what
	 * their signed notes record (only signed notes' content is read).
	 */
	Map<UUID, List<AttendedSession>> attended(Collection<UUID> clients) {
		Map<UUID, List<AttendedSession>> byClient = new HashMap<>();
		if (clients.isEmpty()) {
			return byClient;
		}
		this.jdbc.sql("""
				select a.appointment_id, a.client_id, a.therapist_id, a.starts_at, n.content
				from sessions_attendance a
				left join sessions_note n on n.appointment_id = a.appointment_id and n.status = 'SIGNED'
				where a.client_id in (:clients) and a.status = 'ATTENDED'
				order by a.client_id, a.starts_at, a.appointment_id""")
			.param("clients", clients)
			.query((ResultSet rs) -> {
				String text = rs.getString("content");
				NoteContent content = (text == null) ? null : this.json.readValue(text, NoteContent.class);
				byClient.computeIfAbsent(rs.getObject("client_id", UUID.class), (k) -> new java.util.ArrayList<>())
					.add(new AttendedSession(rs.getObject("appointment_id", UUID.class),
							rs.getObject("therapist_id", UUID.class), Timestamps.instant(rs, "starts_at"),
							content != null, (content == null) ? List.of() : content.objective().techniques(),
							(content == null) ? null : content.objective().minutes(),
							(content == null) ? null : content.assessment().driftOff()));
			});
		return byClient;
	}

	/** A client's notes, newest appointment first. */
	List<StoredNote> ofClient(UUID client) {
		return this.jdbc.sql("select * from sessions_note where client_id = :client order by starts_at desc")
			.param("client", client)
			.query(this::noteRow)
			.list();
	}

	/** A clinic's drafts (optionally one therapist's), oldest appointment first. */
	List<StoredNote> drafts(UUID clinic, UUID therapist) {
		String sql = "select * from sessions_note where clinic_id = :clinic and status = 'DRAFT'"
				+ (therapist == null ? "" : " and therapist_id = :therapist") + " order by starts_at";
		JdbcClient.StatementSpec query = this.jdbc.sql(sql).param("clinic", clinic);
		if (therapist != null) {
			query = query.param("therapist", therapist);
		}
		return query.query(this::noteRow).list();
	}

	/** Signed notes of a clinic and how many of them record drifting off or sleep. */
	long[] signedAndDriftedOff(UUID clinic) {
		return this.jdbc
			.sql("""
					select count(*), coalesce(sum(case when drift_off in ('DRIFTED_OFF', 'FELL_ASLEEP') then 1 else 0 end), 0)
					from sessions_note where clinic_id = :clinic and status = 'SIGNED'""")
			.param("clinic", clinic)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	// --- addenda

	void addAddendum(UUID appointment, int number, String text, UUID by, Instant at, String hash) {
		this.jdbc.sql("""
				insert into sessions_addendum (appointment_id, number, text, signed_by, signed_at, hash)
				values (:id, :number, :text, :by, :at, :hash)""")
			.param("id", appointment)
			.param("number", number)
			.param("text", text)
			.param("by", by)
			.param("at", Timestamps.utc(at))
			.param("hash", hash)
			.update();
	}

	List<NoteView.Addendum> addenda(UUID appointment) {
		return this.jdbc.sql("select * from sessions_addendum where appointment_id = :id order by number")
			.param("id", appointment)
			.query((rs, i) -> new NoteView.Addendum(rs.getInt("number"), rs.getString("text"),
					rs.getObject("signed_by", UUID.class), Timestamps.instant(rs, "signed_at"), rs.getString("hash")))
			.list();
	}

	private StoredAttendance attendanceRow(ResultSet rs, int i) throws SQLException {
		return new StoredAttendance(rs.getObject("appointment_id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				Timestamps.instant(rs, "starts_at"), AttendanceStatus.valueOf(rs.getString("status")),
				rs.getObject("marked_by", UUID.class), Timestamps.instant(rs, "marked_at"));
	}

	private StoredNote noteRow(ResultSet rs, int i) throws SQLException {
		return new StoredNote(rs.getObject("appointment_id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				Timestamps.instant(rs, "starts_at"), rs.getObject("screening_id", UUID.class),
				rs.getString("rule_set_version"), this.json.readValue(rs.getString("content"), NoteContent.class),
				NoteStatus.valueOf(rs.getString("status")), rs.getLong("version"), Timestamps.instant(rs, "saved_at"),
				rs.getObject("signed_by", UUID.class), Timestamps.instant(rs, "signed_at"),
				rs.getString("content_hash"));
	}

	/** An attendance row. */
	record StoredAttendance(UUID appointmentId, UUID clinicId, UUID clientId, UUID therapistId, Instant start,
			AttendanceStatus status, UUID markedBy, Instant markedAt) {
	}

	/** A note row. */
	record StoredNote(UUID appointmentId, UUID clinicId, UUID clientId, UUID therapistId, Instant start,
			UUID screeningId, String ruleSetVersion, NoteContent content, NoteStatus status, long version,
			Instant savedAt, UUID signedBy, Instant signedAt, String contentHash) {
	}

}
