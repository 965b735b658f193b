package dev.drift.sleep;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Staff recorded (or cleared) a client's first massage session, which ends the diary
 * baseline (ids and the date only).
 */
public record FirstSessionRecorded(UUID clinicId, UUID clientId, LocalDate firstSession) {

}
