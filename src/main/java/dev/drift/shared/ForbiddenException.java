package dev.drift.shared;

/**
 * The caller's role may not do this at all (HTTP 403). Records the caller may not see
 * answer {@link NotFoundException} instead, so that their existence is not revealed.
 */
public class ForbiddenException extends DriftException {

	public ForbiddenException() {
		super(403, "FORBIDDEN", "Your role may not do this");
	}

}
