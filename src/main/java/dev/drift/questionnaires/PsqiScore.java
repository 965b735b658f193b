package dev.drift.questionnaires;

import java.math.BigDecimal;

/**
 * A PSQI result with the intermediate values of spec §3 (names as in the vectors). Every
 * value that depends on a missing answer is null (PSQI-R7);
 * {@code sleepEfficiencyPercent} is the display value, HALF_UP to 2 dp.
 */
public record PsqiScore(Integer timeInBedMinutes, BigDecimal sleepEfficiencyPercent, Boolean sleepEfficiencyOver100,
		Integer latencyQ2Score, Integer latencySum, Integer disturbanceSum, Integer dysfunctionSum, Integer c1,
		Integer c2, Integer c3, Integer c4, Integer c5, Integer c6, Integer c7, Integer global, Boolean poorSleeper) {

	/** Global above this is a poor sleeper (PSQI-R10). */
	public static final int GOOD_SLEEPER_AT_MOST = 5;

}
