package dev.drift.people;

/**
 * How a client wants to be contacted.
 */
public record ContactPreferences(boolean byEmail, boolean bySms) {

	public static ContactPreferences emailOnly() {
		return new ContactPreferences(true, false);
	}

}
