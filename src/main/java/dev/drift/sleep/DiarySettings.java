package dev.drift.sleep;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A client's diary settings.
 *
 * @param firstSession the date of the first massage session (ends the baseline), or null
 * @param reminderTime when the morning diary reminder is sent, in the client's zone
 * @param reminderEnabled whether the reminder is sent at all
 */
public record DiarySettings(LocalDate firstSession, LocalTime reminderTime, boolean reminderEnabled) {

	public DiarySettings {
		Objects.requireNonNull(reminderTime, "reminderTime");
	}

	/** No session yet, reminder at 08:00 on. */
	public static DiarySettings defaults() {
		return new DiarySettings(null, DiarySettingsStore.DEFAULT_REMINDER, true);
	}

	DiarySettings withFirstSession(LocalDate date) {
		return new DiarySettings(date, this.reminderTime, this.reminderEnabled);
	}

	DiarySettings withReminder(LocalTime time, boolean enabled) {
		return new DiarySettings(this.firstSession, time, enabled);
	}

}
