package dev.drift.sleep;

/**
 * What the rules make of one morning entry: either its metrics or the first rejection
 * (spec §2.5).
 */
public sealed interface NightOutcome {

	/** A night that counts, with its warnings. */
	record Valid(NightlyMetrics metrics) implements NightOutcome {

	}

	/**
	 * A night that is excluded from every mean.
	 *
	 * @param code the spec's code, e.g. {@code TST_NEGATIVE} or
	 * {@code MISSING_REQUIRED:solMinutes}
	 * @param field the input field the code points at
	 * @param tibMinutes the time in bed once the times were resolved (span, order and TST
	 * failures), else null
	 * @param tstMinutes the negative TST for {@code TST_NEGATIVE}, else null
	 */
	record Invalid(String code, String field, Integer tibMinutes, Integer tstMinutes) implements NightOutcome {

		Invalid(String code, String field) {
			this(code, field, null, null);
		}

	}

}
