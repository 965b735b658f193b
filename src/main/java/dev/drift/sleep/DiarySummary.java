package dev.drift.sleep;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Means over the valid nights of a window (spec §2.7): every mean is exact and then
 * rounded HALF_UP to 2 dp for display; SE is the mean of the nightly SE (primary) with
 * the pooled ΣTST/ΣTIB beside it. Means are null when no night is valid.
 *
 * @param validNights how many nights counted
 * @param excludedIndexes positions (0-based, in the order given) of the nights that did
 * not count
 */
public record DiarySummary(int validNights, List<Integer> excludedIndexes, BigDecimal meanSolMinutes,
		BigDecimal meanWasoMinutes, BigDecimal meanNwak, BigDecimal meanTstMinutes, BigDecimal meanTibMinutes,
		BigDecimal meanNightlySePercent, BigDecimal pooledSePercent, BigDecimal meanQuality) {

	public DiarySummary {
		excludedIndexes = List.copyOf(excludedIndexes);
	}

	/** Summarises nights in order; invalid ones are excluded and their indexes listed. */
	public static DiarySummary of(List<NightOutcome> nights) {
		List<Integer> excluded = new ArrayList<>();
		List<NightlyMetrics> valid = new ArrayList<>();
		for (int i = 0; i < nights.size(); i++) {
			if (nights.get(i) instanceof NightOutcome.Valid ok) {
				valid.add(ok.metrics());
			}
			else {
				excluded.add(i);
			}
		}
		return ofValid(valid, excluded);
	}

	/** Summarises nights that are all valid. */
	public static DiarySummary ofValid(List<NightlyMetrics> valid) {
		return ofValid(valid, List.of());
	}

	private static DiarySummary ofValid(List<NightlyMetrics> valid, List<Integer> excluded) {
		int n = valid.size();
		if (n == 0) {
			return new DiarySummary(0, excluded, null, null, null, null, null, null, null, null);
		}
		long sol = 0;
		long waso = 0;
		long nwak = 0;
		long tst = 0;
		long tib = 0;
		long quality = 0;
		int rated = 0;
		BigInteger seNumerator = BigInteger.ZERO;
		BigInteger seDenominator = BigInteger.ONE;
		for (NightlyMetrics night : valid) {
			sol += night.solMinutes();
			waso += night.wasoMinutes();
			nwak += night.nwak();
			tst += night.tstMinutes();
			tib += night.tibMinutes();
			if (night.quality() != null) {
				quality += night.quality();
				rated++;
			}
			BigInteger nightTib = BigInteger.valueOf(night.tibMinutes());
			seNumerator = seNumerator.multiply(nightTib)
				.add(BigInteger.valueOf(night.tstMinutes()).multiply(seDenominator));
			seDenominator = seDenominator.multiply(nightTib);
			BigInteger gcd = seNumerator.gcd(seDenominator);
			if (gcd.signum() > 0) {
				seNumerator = seNumerator.divide(gcd);
				seDenominator = seDenominator.divide(gcd);
			}
		}
		BigDecimal meanSe = new BigDecimal(seNumerator.multiply(BigInteger.valueOf(100)))
			.divide(new BigDecimal(seDenominator.multiply(BigInteger.valueOf(n))), 2, RoundingMode.HALF_UP);
		return new DiarySummary(n, excluded, mean(sol, n), mean(waso, n), mean(nwak, n), mean(tst, n), mean(tib, n),
				meanSe, NightlyMetrics.percent(tst, tib), rated == 0 ? null : mean(quality, rated));
	}

	private static BigDecimal mean(long sum, int count) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

}
