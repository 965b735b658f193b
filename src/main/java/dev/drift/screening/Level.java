package dev.drift.screening;

/**
 * Screening decision levels in {@code levelOrder}: a later constant is higher and wins.
 */
public enum Level {

	OK, MODIFY, CLEARANCE, DEFER, URGENT;

	public Level max(Level other) {
		return other.ordinal() > ordinal() ? other : this;
	}

	/**
	 * Whether a treatment session may go ahead at this level without anything recorded.
	 */
	public boolean allowsTreatment() {
		return this == OK || this == MODIFY;
	}

}
