package dev.drift.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dev.drift.shared.Timestamps.utc;

/**
 * Per-client diary settings (first massage session, morning reminder) with the instant
 * the reminder is next due; defaults when no row exists. A row is created when the client
 * first uses the diary, which also enrols them for the reminder.
 */
@Component
class DiarySettingsStore {

	static final LocalTime DEFAULT_REMINDER = LocalTime.of(8, 0);

	private final JdbcClient jdbc;

	DiarySettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DiarySettings get(UUID clientId) {
		return find(clientId).orElse(DiarySettings.defaults());
	}

	Optional<DiarySettings> find(UUID clientId) {
		return this.jdbc.sql(
				"select first_session_date, reminder_time, reminder_enabled from sleep_client_setting where client_id = :client")
			.param("client", clientId)
			.query((rs, i) -> new DiarySettings(rs.getObject("first_session_date", LocalDate.class),
					rs.getObject("reminder_time", LocalTime.class), rs.getBoolean("reminder_enabled")))
			.optional();
	}

	/** Creates the default row unless the client has one. */
	void ensure(UUID clinicId, UUID clientId, ZoneId zone, Instant now) {
		if (find(clientId).isEmpty()) {
			save(clinicId, clientId, DiarySettings.defaults(), zone, now);
		}
	}

	/** Saves the settings; the next reminder is the first reminder time after now. */
	void save(UUID clinicId, UUID clientId, DiarySettings settings, ZoneId zone, Instant now) {
		OffsetDateTime next = settings.reminderEnabled() ? utc(nextReminder(settings.reminderTime(), zone, now)) : null;
		int updated = this.jdbc.sql("""
				update sleep_client_setting set first_session_date = :first, reminder_time = :time,
				  reminder_enabled = :enabled, next_reminder_at = :next where client_id = :client""")
			.param("first", settings.firstSession())
			.param("time", settings.reminderTime())
			.param("enabled", settings.reminderEnabled())
			.param("next", next)
			.param("client", clientId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into sleep_client_setting (client_id, clinic_id, first_session_date, reminder_time,
					  reminder_enabled, next_reminder_at)
					values (:client, :clinic, :first, :time, :enabled, :next)""")
				.param("client", clientId)
				.param("clinic", clinicId)
				.param("first", settings.firstSession())
				.param("time", settings.reminderTime())
				.param("enabled", settings.reminderEnabled())
				.param("next", next)
				.update();
		}
	}

	/**
	 * The first instant after {@code now} at which the local clock in the zone reads
	 * {@code time}.
	 */
	static Instant nextReminder(LocalTime time, ZoneId zone, Instant now) {
		LocalDate day = now.atZone(zone).toLocalDate();
		Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
		while (!candidate.isAfter(now)) {
			day = day.plusDays(1);
			candidate = ZonedDateTime.of(day, time, zone).toInstant();
		}
		return candidate;
	}

	/** Deletes a client's diary entries and settings (erasure). */
	int eraseClient(UUID client) {
		int entries = this.jdbc.sql("delete from sleep_diary_entry where client_id = :client")
			.param("client", client)
			.update();
		entries += this.jdbc.sql("delete from sleep_session_night where client_id = :client")
			.param("client", client)
			.update();
		return entries + this.jdbc.sql("delete from sleep_client_setting where client_id = :client")
			.param("client", client)
			.update();
	}

}
