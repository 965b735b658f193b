package dev.drift.sessions;

/**
 * How far the client drifted off on the table: not at all, drowsy, drifted off (light
 * sleep, easily roused) or fell asleep.
 */
public enum DriftOff {

	NONE, DROWSY, DRIFTED_OFF, FELL_ASLEEP;

	/** Drifted off or fell asleep: what the clinic's outcome figures count. */
	public boolean driftedOff() {
		return this == DRIFTED_OFF || this == FELL_ASLEEP;
	}

}
