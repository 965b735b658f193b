package dev.drift.shared;

/**
 * A well-formed request that a business rule refuses (HTTP 422).
 */
public class RuleViolationException extends DriftException {

	public RuleViolationException(String code, String message) {
		super(422, code, message);
	}

}
