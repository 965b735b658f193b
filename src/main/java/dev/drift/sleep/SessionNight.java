package dev.drift.sleep;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A diary night that follows a massage session (for outcomes): the morning's diary date,
 * the session's appointment, and how relaxed the client felt after it (0–10, optional).
 */
public record SessionNight(LocalDate diaryDate, UUID appointmentId, Integer relaxed) {
}
