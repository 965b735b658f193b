package dev.drift.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A clearance to record: the rules it covers (from the result's {@code clearanceRules}),
 * who gave it, when, their limits and an optional expiry (default and maximum: 12
 * months).
 */
public record NewClearance(List<String> rules, String givenByName, String givenByRole, LocalDate givenOn, String limits,
		LocalDate expiresOn) {

	public NewClearance {
		rules = rules == null ? List.of() : List.copyOf(rules);
	}

}
