package dev.drift.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused because too many attempts failed recently, whatever the password.
 */
public class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-in attempts");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
