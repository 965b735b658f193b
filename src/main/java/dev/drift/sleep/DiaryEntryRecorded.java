package dev.drift.sleep;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's diary night was recorded or changed (ids only, no content).
 */
public record DiaryEntryRecorded(UUID clinicId, UUID clientId, LocalDate diaryDate, boolean changed) {

}
