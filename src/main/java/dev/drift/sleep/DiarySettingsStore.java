package dev.drift.sleep;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-client diary settings (first massage session, morning reminder); defaults when no
 * row exists.
 */
@Component
class DiarySettingsStore {

	static final LocalTime DEFAULT_REMINDER = LocalTime.of(8, 0);

	private final JdbcClient jdbc;

	DiarySettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DiarySettings get(UUID clientId) {
		Optional<DiarySettings> found = this.jdbc.sql(
				"select first_session_date, reminder_time, reminder_enabled from sleep_client_setting where client_id = :client")
			.param("client", clientId)
			.query((rs, i) -> new DiarySettings(rs.getObject("first_session_date", LocalDate.class),
					Optional.ofNullable(rs.getObject("reminder_time", LocalTime.class)).orElse(DEFAULT_REMINDER),
					rs.getBoolean("reminder_enabled")))
			.optional();
		return found.orElse(DiarySettings.defaults());
	}

	void save(UUID clinicId, UUID clientId, DiarySettings settings) {
		int updated = this.jdbc.sql("""
				update sleep_client_setting set first_session_date = :first, reminder_time = :time,
				  reminder_enabled = :enabled where client_id = :client""")
			.param("first", settings.firstSession())
			.param("time", settings.reminderTime())
			.param("enabled", settings.reminderEnabled())
			.param("client", clientId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						insert into sleep_client_setting (client_id, clinic_id, first_session_date, reminder_time, reminder_enabled)
						values (:client, :clinic, :first, :time, :enabled)""")
				.param("client", clientId)
				.param("clinic", clinicId)
				.param("first", settings.firstSession())
				.param("time", settings.reminderTime())
				.param("enabled", settings.reminderEnabled())
				.update();
		}
	}

}
