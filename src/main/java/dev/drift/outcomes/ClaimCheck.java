package dev.drift.outcomes;

import java.math.BigDecimal;

/**
 * One claim from the clinic's material beside the clinic's own figure for the same
 * comparison: per client, the mean of the qualifying session nights minus the mean of
 * their other nights since the first session, then the mean over clients with its 95 %
 * interval. {@code enoughData} is false with fewer than 5 clients ("not enough data").
 *
 * @param claimed the cited figure (minutes; negative: faster to fall asleep)
 * @param metric {@code SOL} or {@code TST}
 */
public record ClaimCheck(String id, String claim, String metric, BigDecimal claimed, String source, String design,
		String verification, String comparison, Change measured, int nights, boolean enoughData) {
}
