package dev.drift.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pre-visit check as posted: each question {@code yes} or {@code no}; {@code nothing}
 * is the one-tap "Nothing has changed" button. Text fields, so any post binds and comes
 * back with its messages.
 */
record RecheckForm(String newIllnessOrFever, String newInjury, String newMedicine, String pregnancy, String newSymptoms,
		String nothing) {

	static final RecheckForm EMPTY = new RecheckForm(null, null, null, null, null, null);

	static final List<String> NAMES = List.of("newIllnessOrFever", "newInjury", "newMedicine", "pregnancy",
			"newSymptoms");

	private List<String> values() {
		return Arrays.asList(this.newIllnessOrFever, this.newInjury, this.newMedicine, this.pregnancy,
				this.newSymptoms);
	}

	/** The answers; every unanswered or unreadable question is named in problems. */
	RecheckAnswers answers(List<String> problems) {
		if ("true".equals(this.nothing)) {
			return new RecheckAnswers(false, false, false, false, false);
		}
		List<Boolean> yes = new ArrayList<>();
		List<String> values = values();
		for (int i = 0; i < NAMES.size(); i++) {
			String value = values.get(i);
			if (!"yes".equals(value) && !"no".equals(value)) {
				problems.add(NAMES.get(i));
			}
			yes.add("yes".equals(value));
		}
		return new RecheckAnswers(yes.get(0), yes.get(1), yes.get(2), yes.get(3), yes.get(4));
	}

	/** The questions to show, with what was chosen and whether it needs an answer. */
	List<Item> questions(List<String> problems) {
		List<String> values = values();
		List<Item> questions = new ArrayList<>();
		for (int i = 0; i < NAMES.size(); i++) {
			String value = values.get(i);
			String chosen = ("yes".equals(value) || "no".equals(value)) ? value : "";
			questions.add(new Item(NAMES.get(i), chosen, problems.contains(NAMES.get(i))));
		}
		return questions;
	}

	/**
	 * One yes/no question of the form.
	 */
	record Item(String name, String value, boolean missing) {
	}

}
