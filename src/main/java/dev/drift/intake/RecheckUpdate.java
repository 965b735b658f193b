package dev.drift.intake;

import java.util.UUID;

/**
 * A re-check that found a change and waits for the client's updated health answers: the
 * re-check and the short form's answers, kept with the intake draft.
 *
 * @param recheckId the re-check to answer when the updated answers are sent
 * @param answers the short form's five answers
 */
record RecheckUpdate(UUID recheckId, RecheckAnswers answers) {

	/** The answers as five characters, {@code y} or {@code n}, in the record's order. */
	String code() {
		return flag(this.answers.newIllnessOrFever()) + flag(this.answers.newInjury())
				+ flag(this.answers.newMedicine()) + flag(this.answers.pregnancy()) + flag(this.answers.newSymptoms());
	}

	static RecheckUpdate of(UUID recheckId, String code) {
		String c = (code == null || code.length() != 5) ? "nnnnn" : code;
		return new RecheckUpdate(recheckId, new RecheckAnswers(c.charAt(0) == 'y', c.charAt(1) == 'y',
				c.charAt(2) == 'y', c.charAt(3) == 'y', c.charAt(4) == 'y'));
	}

	private static String flag(boolean value) {
		return value ? "y" : "n";
	}

}
