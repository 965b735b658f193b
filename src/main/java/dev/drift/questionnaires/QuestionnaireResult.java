package dev.drift.questionnaires;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A stored questionnaire with its scores. {@code total} is the ISI total or the PSQI
 * global; {@code category} the ISI category or {@code GOOD_SLEEPER}/{@code POOR_SLEEPER};
 * {@code isi}/{@code psqi} hold the full score of that instrument (the other is null);
 * {@code change} holds an ISI follow-up's change against the client's first ISI (null for
 * the baseline itself and for PSQI).
 */
public record QuestionnaireResult(UUID id, Instrument instrument, Instant completedAt, ZoneId zone, Integer total,
		String category, IsiScore isi, PsqiScore psqi, IsiChange change) {

	public static final String GOOD_SLEEPER = "GOOD_SLEEPER";

	public static final String POOR_SLEEPER = "POOR_SLEEPER";

	public boolean baseline() {
		return this.instrument == Instrument.ISI && this.change == null;
	}

}
