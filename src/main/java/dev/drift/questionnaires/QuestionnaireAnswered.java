package dev.drift.questionnaires;

import java.util.UUID;

/**
 * A client's questionnaire was completed and scored (ids only, no answers or scores).
 */
public record QuestionnaireAnswered(UUID clinicId, UUID clientId, UUID responseId, Instrument instrument) {
}
