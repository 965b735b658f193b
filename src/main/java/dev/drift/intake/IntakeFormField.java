package dev.drift.intake;

import dev.drift.screening.Question;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One question as a form step renders it.
 *
 * @param question the question
 * @param visible whether it is enabled by the answers so far (hidden otherwise, until a
 * same-step answer enables it)
 * @param value the single value as text (boolean, number, enum, time, text)
 * @param chosen the chosen values (multi-select)
 * @param rows the list rows, each item field as text, with blank rows to fill
 * @param errors the field messages
 * @param enableWhen the conditions as JSON for the page's script, or {@code null}
 */
record IntakeFormField(Question question, boolean visible, String value, Set<String> chosen,
		List<Map<String, String>> rows, List<String> errors, String enableWhen) {

	public String id() {
		return this.question.id();
	}

	public String type() {
		return this.question.type().code();
	}

	public boolean isChosen(String option) {
		return this.chosen.contains(option);
	}

	public boolean isNone() {
		return this.value.equals(IntakeFormValues.NONE);
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

}
