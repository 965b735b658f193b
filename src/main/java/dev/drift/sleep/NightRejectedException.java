package dev.drift.sleep;

import java.util.List;

import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;

/**
 * A night the diary rules refuse (HTTP 422). The code is the spec's (§2.5), e.g.
 * {@code TST_NEGATIVE} or {@code MISSING_REQUIRED:solMinutes}; the field problem points
 * at the input field; for {@code TST_NEGATIVE} the negative TST is kept, and the time in
 * bed once the times could be resolved.
 */
public class NightRejectedException extends InvalidInputException {

	private final Integer tibMinutes;

	private final Integer tstMinutes;

	NightRejectedException(NightOutcome.Invalid invalid) {
		super(invalid.code(), "This night cannot be recorded: " + invalid.code(),
				List.of(new FieldProblem(invalid.field(), invalid.code(), "This value does not fit the night")));
		this.tibMinutes = invalid.tibMinutes();
		this.tstMinutes = invalid.tstMinutes();
	}

	public Integer tibMinutes() {
		return this.tibMinutes;
	}

	public Integer tstMinutes() {
		return this.tstMinutes;
	}

	public String field() {
		return problems().get(0).field();
	}

}
