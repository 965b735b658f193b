package dev.drift.screening;

import java.util.List;

/**
 * One section (one form step) of the questionnaire, its questions in display order.
 */
public record Section(String id, String title, List<Question> questions) {

	public Section {
		questions = List.copyOf(questions);
	}

}
