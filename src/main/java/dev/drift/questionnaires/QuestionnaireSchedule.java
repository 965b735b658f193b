package dev.drift.questionnaires;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinic's questionnaire schedule: per instrument, whether it is asked at sign-up and
 * every how many weeks after the previous one (0 = not repeated).
 */
public record QuestionnaireSchedule(boolean isiAtSignUp, int isiEveryWeeks, boolean psqiAtSignUp, int psqiEveryWeeks) {

	public static final int MAX_WEEKS = 52;

	public QuestionnaireSchedule {
		if (isiEveryWeeks < 0 || isiEveryWeeks > MAX_WEEKS || psqiEveryWeeks < 0 || psqiEveryWeeks > MAX_WEEKS) {
			throw new IllegalArgumentException("Repeat every 0 to " + MAX_WEEKS + " weeks");
		}
	}

	/** ISI at sign-up and every 2 weeks; PSQI at sign-up and every 4 weeks. */
	public static QuestionnaireSchedule defaults() {
		return new QuestionnaireSchedule(true, 2, true, 4);
	}

	public boolean atSignUp(Instrument instrument) {
		return instrument == Instrument.ISI ? this.isiAtSignUp : this.psqiAtSignUp;
	}

	public int everyWeeks(Instrument instrument) {
		return instrument == Instrument.ISI ? this.isiEveryWeeks : this.psqiEveryWeeks;
	}

	/**
	 * The date the next occurrence falls due: the sign-up date when asked at sign-up and
	 * never completed; otherwise the interval after the last completion (or after
	 * sign-up); empty when nothing more is scheduled.
	 * @param signedUp the client's sign-up date in their zone
	 * @param lastCompleted the date of the last completed response, in their zone
	 */
	public Optional<LocalDate> nextDue(Instrument instrument, LocalDate signedUp, LocalDate lastCompleted) {
		int weeks = everyWeeks(instrument);
		if (lastCompleted == null && atSignUp(instrument)) {
			return Optional.of(signedUp);
		}
		if (weeks == 0) {
			return Optional.empty();
		}
		return Optional.of((lastCompleted == null ? signedUp : lastCompleted).plusWeeks(weeks));
	}

	/**
	 * The occurrences due on {@code today}: each instrument whose next due date is today
	 * or earlier.
	 */
	public List<QuestionnaireDue> due(LocalDate signedUp, Map<Instrument, LocalDate> lastCompleted, LocalDate today) {
		List<QuestionnaireDue> due = new ArrayList<>();
		for (Instrument instrument : Instrument.values()) {
			nextDue(instrument, signedUp, lastCompleted.get(instrument)).filter((on) -> !on.isAfter(today))
				.ifPresent((on) -> due.add(new QuestionnaireDue(instrument, on)));
		}
		return due;
	}

}
