package dev.drift.sleep;

import java.math.BigDecimal;

/**
 * Change from baseline (spec §2.7): follow-up mean minus baseline mean, from the
 * displayed (2 dp) means. Improvement is ΔSOL, ΔWASO, ΔNWAK below zero and ΔTST, ΔSE,
 * Δquality above zero. A delta is null when either side has no value.
 */
public record DiaryChange(BigDecimal solMinutes, BigDecimal wasoMinutes, BigDecimal nwak, BigDecimal tstMinutes,
		BigDecimal sePercent, BigDecimal quality) {

	static DiaryChange between(DiarySummary baseline, DiarySummary followUp) {
		return new DiaryChange(delta(baseline.meanSolMinutes(), followUp.meanSolMinutes()),
				delta(baseline.meanWasoMinutes(), followUp.meanWasoMinutes()),
				delta(baseline.meanNwak(), followUp.meanNwak()),
				delta(baseline.meanTstMinutes(), followUp.meanTstMinutes()),
				delta(baseline.meanNightlySePercent(), followUp.meanNightlySePercent()),
				delta(baseline.meanQuality(), followUp.meanQuality()));
	}

	private static BigDecimal delta(BigDecimal baseline, BigDecimal followUp) {
		return (baseline == null || followUp == null) ? null : followUp.subtract(baseline);
	}

}
