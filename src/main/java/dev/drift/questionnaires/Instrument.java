package dev.drift.questionnaires;

import java.util.Arrays;
import java.util.Optional;

/**
 * The questionnaires Drift administers; {@link #id()} names the definition resource and
 * the URL segment.
 */
public enum Instrument {

	ISI, PSQI;

	public String id() {
		return name().toLowerCase();
	}

	public static Optional<Instrument> fromId(String id) {
		return Arrays.stream(values()).filter((instrument) -> instrument.id().equals(id)).findFirst();
	}

}
