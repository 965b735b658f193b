package dev.drift.questionnaires;

import java.util.List;

import dev.drift.people.ClientId;

/**
 * A client's questionnaires, oldest first per instrument, and what is due today.
 */
public record QuestionnaireHistory(ClientId client, List<QuestionnaireResult> isi, List<QuestionnaireResult> psqi,
		List<QuestionnaireDue> due) {

	public QuestionnaireHistory {
		isi = List.copyOf(isi);
		psqi = List.copyOf(psqi);
		due = List.copyOf(due);
	}

}
