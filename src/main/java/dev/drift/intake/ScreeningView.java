package dev.drift.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.ClientMessage;
import dev.drift.people.ClientId;
import tools.jackson.databind.JsonNode;

/**
 * A screening as people and other modules see it: the result, the rule-set version that
 * produced it, when, the answers snapshot, and the client-facing texts.
 *
 * @param id the stored screening, or {@code null} for a stateless evaluation
 * @param clientId the client, or {@code null} for a stateless evaluation
 * @param kind {@code INTAKE}, {@code RECHECK} or {@code EVALUATION}
 * @param ruleSetVersion the version label stamped on the result
 * @param screenedAt when it was screened
 * @param answers the validated answers (disabled ones dropped)
 * @param result the engine's result
 * @param messages the client texts of the rows that fired, de-duplicated, in rule order
 * @param nextStep what happens next, for the client (book; book with adjustments; wait
 * and rebook; get your doctor's OK; urgent advice)
 * @param clearanceAsks what the client's clinician must confirm (titles of the clearance
 * rules)
 * @param urgentAdviceNumber the clinic's urgent-advice number (e.g. 111)
 * @param emergencyNumber the clinic's emergency number (e.g. 999)
 */
public record ScreeningView(UUID id, ClientId clientId, String kind, String ruleSetVersion, Instant screenedAt,
		JsonNode answers, ScreeningResult result, List<ClientMessage> messages, String nextStep,
		List<String> clearanceAsks, String urgentAdviceNumber, String emergencyNumber) {

	public ScreeningView {
		messages = List.copyOf(messages);
		clearanceAsks = List.copyOf(clearanceAsks);
	}

}
