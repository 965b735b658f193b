package dev.drift.shared;

/**
 * A request that clashes with the current state, such as an email already in use (HTTP
 * 409).
 */
public class ConflictException extends DriftException {

	public ConflictException(String code, String message) {
		super(409, code, message);
	}

}
