package dev.drift.sleep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The derived metrics of one valid night (spec §2.3), all durations in whole minutes from
 * instants. Percentages are display values, rounded HALF_UP to 2 dp from the exact value;
 * {@link #tstMinutes()} and {@link #tibMinutes()} keep the exact ratio.
 */
public record NightlyMetrics(ResolvedNight resolvedUtc, int tibMinutes, int preSleepInBedMinutes, int solMinutes,
		int nwak, int wasoMinutes, int twakMinutes, int tstMinutes, BigDecimal sePercent, String seRatio,
		Integer emaMinutes, int napMinutesExcluded, Alternatives alt, List<String> warnings, Integer quality) {

	public NightlyMetrics {
		warnings = List.copyOf(warnings);
	}

	static BigDecimal percent(long part, long whole) {
		if (Math.abs(part) < 100_000_000_000L && Math.abs(whole) < 100_000_000_000L) {
			// the same value as the BigDecimal division below, in long arithmetic: the
			// percentage in hundredths, rounded half away from zero
			long scaled = 10_000 * part;
			long hundredths = scaled / whole;
			long rest = Math.abs(scaled % whole);
			if (2 * rest >= Math.abs(whole)) {
				hundredths += ((scaled < 0) == (whole < 0)) ? 1 : -1;
			}
			return BigDecimal.valueOf(hundredths, 2);
		}
		return BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/** The four event times as instants (UTC). */
	public record ResolvedNight(Instant intoBed, Instant triedToSleep, Instant finalAwakening, Instant outOfBed) {

	}

	/**
	 * The alternative definitions of §2.8: SE from the sleep attempt (null when no time
	 * passed between trying to sleep and getting up), WASO including the terminal wake.
	 */
	public record Alternatives(BigDecimal seFromSleepAttemptPercent, int wasoPlusTerminalMinutes) {

	}

}
