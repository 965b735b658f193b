package dev.drift.intake;

/**
 * The short pre-visit form: what has changed since the last visit.
 */
public record RecheckAnswers(boolean newIllnessOrFever, boolean newInjury, boolean newMedicine, boolean pregnancy,
		boolean newSymptoms) {

	public boolean anyChange() {
		return this.newIllnessOrFever || this.newInjury || this.newMedicine || this.pregnancy || this.newSymptoms;
	}

}
