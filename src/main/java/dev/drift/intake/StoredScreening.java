package dev.drift.intake;

import dev.drift.screening.ScreeningResult;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A screening row.
 */
record StoredScreening(UUID id, UUID clinicId, UUID clientId, String kind, JsonNode answers, ScreeningResult result,
		String ruleSetVersion, Instant screenedAt, UUID recordedBy) {
}
