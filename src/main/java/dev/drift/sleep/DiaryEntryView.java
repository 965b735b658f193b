package dev.drift.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored diary entry as pages and the API show it: what was entered, the computed
 * metrics (warnings included) and whether it can still be changed.
 */
public record DiaryEntryView(UUID id, LocalDate diaryDate, MorningEntry entry, EveningItems evening,
		NightlyMetrics metrics, Instant recordedAt, Instant changedAt, boolean editable) {

}
