package dev.drift.shared;

import java.util.List;

/**
 * A request whose content is not valid (HTTP 422), with every bad field listed; the API
 * answers a problem document whose {@code errors} holds the {@link FieldProblem}s.
 */
public class InvalidInputException extends DriftException {

	private final List<FieldProblem> problems;

	public InvalidInputException(String code, String message, List<FieldProblem> problems) {
		super(422, code, message);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
