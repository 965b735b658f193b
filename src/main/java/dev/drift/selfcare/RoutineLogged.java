package dev.drift.selfcare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client logged a self-care routine (or past routines were imported: then
 * {@code eveningDate} is null). Ids only, no content.
 */
public record RoutineLogged(UUID clinicId, UUID clientId, LocalDate eveningDate) {
}
