package dev.drift.shared;

/**
 * A failure the caller can act on: it carries a stable machine {@code code} and the HTTP
 * status the web layer answers with. The message is for people and never holds health
 * content.
 */
public class DriftException extends RuntimeException {

	private final String code;

	private final int status;

	public DriftException(int status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public int status() {
		return this.status;
	}

}
