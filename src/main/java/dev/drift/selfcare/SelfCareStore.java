package dev.drift.selfcare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.drift.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.drift.shared.Timestamps.utc;

/**
 * Self-care settings (with the instant the evening reminder is next due) and routine
 * logs.
 */
@Repository
class SelfCareStore {

	static final int BATCH = 200;

	private final JdbcClient jdbc;

	SelfCareStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RoutineSettings> settings(UUID client) {
		return this.jdbc
			.sql("select assigned_variant, reminder_enabled, reminder_minutes from selfcare_setting"
					+ " where client_id = :client")
			.param("client", client)
			.query((rs, i) -> new RoutineSettings(rs.getString("assigned_variant"), rs.getBoolean("reminder_enabled"),
					rs.getInt("reminder_minutes")))
			.optional();
	}

	/** Saves the settings with the reminder's next due instant ({@code null}: off). */
	void save(UUID clinic, UUID client, RoutineSettings settings, Instant next) {
		int updated = this.jdbc.sql("""
				update selfcare_setting set assigned_variant = :variant, reminder_enabled = :enabled,
				  reminder_minutes = :minutes, next_reminder_at = :next where client_id = :client""")
			.param("variant", settings.assignedVariant())
			.param("enabled", settings.reminderEnabled())
			.param("minutes", settings.reminderMinutes())
			.param("next", utc(next))
			.param("client", client)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into selfcare_setting (client_id, clinic_id, assigned_variant, reminder_enabled,
					  reminder_minutes, next_reminder_at)
					values (:client, :clinic, :variant, :enabled, :minutes, :next)""")
				.param("client", client)
				.param("clinic", clinic)
				.param("variant", settings.assignedVariant())
				.param("enabled", settings.reminderEnabled())
				.param("minutes", settings.reminderMinutes())
				.param("next", utc(next))
				.update();
		}
	}

	void assigned(UUID client, UUID by, Instant at) {
		this.jdbc.sql("update selfcare_setting set assigned_by = :by, assigned_at = :at where client_id = :client")
			.param("by", by)
			.param("at", utc(at))
			.param("client", client)
			.update();
	}

	void nextReminder(UUID client, Instant next) {
		this.jdbc.sql("update selfcare_setting set next_reminder_at = :next where client_id = :client")
			.param("next", utc(next))
			.param("client", client)
			.update();
	}

	/** Claims a batch of due reminders (skipping rows another instance holds). */
	List<Due> due(Instant now) {
		return this.jdbc.sql("""
				select client_id, clinic_id, reminder_minutes, next_reminder_at from selfcare_setting
				where reminder_enabled = true and next_reminder_at <= :now
				order by next_reminder_at fetch first %d rows only for update skip locked""".formatted(BATCH))
			.param("now", utc(now))
			.query((rs, i) -> new Due(rs.getObject("client_id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getInt("reminder_minutes"), Timestamps.instant(rs, "next_reminder_at")))
			.list();
	}

	/** Erasure: the client's routine log and reminder setting go. */
	int eraseClient(UUID client) {
		int logs = this.jdbc.sql("delete from selfcare_log where client_id = :client").param("client", client).update();
		return logs + this.jdbc.sql("delete from selfcare_setting where client_id = :client")
			.param("client", client)
			.update();
	}

	void insert(UUID clinic, UUID client, RoutineLog log) {
		this.jdbc.sql("""
				insert into selfcare_log (id, clinic_id, client_id, variant, completed, seconds, relaxation,
				  evening_date, night_date, logged_at)
				values (:id, :clinic, :client, :variant, :completed, :seconds, :relaxation, :evening, :night, :at)""")
			.param("id", log.id())
			.param("clinic", clinic)
			.param("client", client)
			.param("variant", log.variant())
			.param("completed", log.completed())
			.param("seconds", log.seconds())
			.param("relaxation", log.relaxation())
			.param("evening", log.eveningDate())
			.param("night", log.nightDate())
			.param("at", utc(log.loggedAt()))
			.update();
	}

	/** A client's logs for diary nights from..to (inclusive), newest first. */
	List<RoutineLog> logs(UUID client, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select * from selfcare_log where client_id = :client and night_date between :from and :to
				order by logged_at desc, id""")
			.param("client", client)
			.param("from", from)
			.param("to", to)
			.query(this::log)
			.list();
	}

	/** The clients' logged evenings in one statement, oldest first per client. */
	Map<UUID, List<LocalDate>> evenings(Collection<UUID> clients) {
		Map<UUID, List<LocalDate>> byClient = new HashMap<>();
		if (clients.isEmpty()) {
			return byClient;
		}
		this.jdbc.sql("""
				select client_id, evening_date from selfcare_log where client_id in (:clients)
				order by client_id, evening_date""").param("clients", clients).query((ResultSet rs) -> {
			byClient.computeIfAbsent(rs.getObject("client_id", UUID.class), (k) -> new ArrayList<>())
				.add(rs.getObject("evening_date", LocalDate.class));
		});
		return byClient;
	}

	boolean loggedFor(UUID client, LocalDate night) {
		return this.jdbc.sql("select count(*) from selfcare_log where client_id = :client and night_date = :night")
			.param("client", client)
			.param("night", night)
			.query(Long.class)
			.single() > 0;
	}

	private RoutineLog log(ResultSet rs, int i) throws SQLException {
		return new RoutineLog(rs.getObject("id", UUID.class), rs.getString("variant"), rs.getBoolean("completed"),
				rs.getInt("seconds"), (Integer) rs.getObject("relaxation", Integer.class),
				rs.getObject("evening_date", LocalDate.class), rs.getObject("night_date", LocalDate.class),
				Timestamps.instant(rs, "logged_at"));
	}

	/** A reminder row that is due. */
	record Due(UUID clientId, UUID clinicId, int minutes, Instant at) {
	}

}
