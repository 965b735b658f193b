package dev.drift.questionnaires;

import tools.jackson.databind.JsonNode;

/**
 * A stored questionnaire for the client's record: its scores, the definition's version
 * and the answers as given (the instrument's field names).
 */
public record CompletedQuestionnaire(QuestionnaireResult result, String instrumentVersion, JsonNode answers) {

}
