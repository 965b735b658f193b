package dev.drift.screening;

import java.util.List;

/**
 * A named screening policy: carries out the condition and modification templates of one
 * or a few rows of the questionnaire's {@code rules[]} and writes what fired into the
 * evaluation. Policies run in the order of {@link StandardPolicies#all()}, so a row that
 * depends on another ({@code G04} on {@code G03}, {@code F05} on {@code G15}) sees it.
 */
interface ScreeningPolicy {

	/** The rule ids this policy decides. */
	List<String> rules();

	void apply(Evaluation evaluation);

}
