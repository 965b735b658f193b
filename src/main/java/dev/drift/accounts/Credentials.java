package dev.drift.accounts;

import java.nio.charset.StandardCharsets;

import dev.drift.shared.RuleViolationException;

/**
 * What Drift accepts as an email and as a password.
 */
public final class Credentials {

	public static final int MIN_PASSWORD_LENGTH = 10;

	/** BCrypt reads at most 72 bytes of a password; Drift accepts no longer one. */
	public static final int MAX_PASSWORD_LENGTH = 72;

	public static final int MAX_EMAIL_LENGTH = 254;

	private Credentials() {
	}

	/**
	 * Whether text could be an account's email: at most 254 characters once normalised,
	 * and no control characters (which some databases refuse outright).
	 */
	public static boolean isPossibleEmail(String email) {
		return email != null && !email.isBlank() && Account.normalize(email).length() <= MAX_EMAIL_LENGTH
				&& email.chars().noneMatch(Character::isISOControl);
	}

	/**
	 * Whether a password has an acceptable length: 10 characters to 72 bytes in UTF-8.
	 */
	public static boolean isAcceptablePassword(String password) {
		return password != null && password.length() >= MIN_PASSWORD_LENGTH
				&& password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_LENGTH;
	}

	static void check(String password) {
		if (!isAcceptablePassword(password)) {
			throw new RuleViolationException("PASSWORD_LENGTH",
					"Passwords have " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters");
		}
	}

}
