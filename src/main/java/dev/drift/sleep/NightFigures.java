package dev.drift.sleep;

import java.math.BigDecimal;
import java.util.List;

/**
 * A night's headline figures for pages: time asleep as hours and minutes, time in bed,
 * sleep efficiency and the warning codes.
 */
record NightFigures(int asleepHours, int asleepMinutes, int inBedHours, int inBedMinutes, BigDecimal sePercent,
		List<String> warnings) {

	static NightFigures of(NightlyMetrics metrics) {
		return new NightFigures(metrics.tstMinutes() / 60, metrics.tstMinutes() % 60, metrics.tibMinutes() / 60,
				metrics.tibMinutes() % 60, metrics.sePercent(), metrics.warnings());
	}

}
