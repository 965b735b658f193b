package dev.drift.shared;

/**
 * A record that does not exist, or that the caller may not see: both answer the same, so
 * a foreign id reveals nothing.
 */
public class NotFoundException extends DriftException {

	public NotFoundException(String what) {
		super(404, "NOT_FOUND", what + " not found");
	}

}
