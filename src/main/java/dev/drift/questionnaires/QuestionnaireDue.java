package dev.drift.questionnaires;

import java.time.LocalDate;

/**
 * A questionnaire occurrence that is due: the instrument and the date it fell due (in the
 * client's zone); the pair identifies the occurrence (reminders are sent once for it).
 */
public record QuestionnaireDue(Instrument instrument, LocalDate dueOn) {
}
