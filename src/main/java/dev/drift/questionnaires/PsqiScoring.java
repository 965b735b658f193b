package dev.drift.questionnaires;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Objects;

/**
 * PSQI scoring exactly as spec §3.3–3.4: exact decimal arithmetic, bands on unrounded
 * values, Pittsburgh thresholds (Q4 = 7 h scores 0), Q5j counted when a frequency is
 * given and 0 when missing, a null component for any missing input, and a null global for
 * any null component.
 */
final class PsqiScoring {

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PsqiScoring() {
	}

	static PsqiScore score(PsqiAnswers a) {
		Integer tib = timeInBed(a.q1BedTime(), a.q3GetUpTime());
		BigDecimal sleepMinutes = a.q4SleepHours() == null ? null : a.q4SleepHours().multiply(SIXTY);
		boolean efficiencyKnown = tib != null && tib > 0 && sleepMinutes != null;
		BigDecimal efficiency = efficiencyKnown
				? sleepMinutes.multiply(HUNDRED).divide(BigDecimal.valueOf(tib), 2, RoundingMode.HALF_UP) : null;
		Boolean over100 = efficiencyKnown ? sleepMinutes.compareTo(BigDecimal.valueOf(tib)) > 0 : null;

		Integer latencyScore = latencyScore(a.q2LatencyMinutes());
		Integer latencySum = sum(latencyScore, a.q5a());
		Integer disturbanceSum = sum(a.q5b(), a.q5c(), a.q5d(), a.q5e(), a.q5f(), a.q5g(), a.q5h(), a.q5i(),
				a.q5j() == null ? 0 : a.q5j());
		Integer dysfunctionSum = sum(a.q8(), a.q9());

		Integer c1 = a.q6();
		Integer c2 = latencySum == null ? null : (latencySum + 1) / 2;
		Integer c3 = sleepMinutes == null ? null : duration(sleepMinutes);
		Integer c4 = efficiencyKnown ? efficiency(sleepMinutes, tib) : null;
		Integer c5 = disturbanceSum == null ? null : (disturbanceSum + 8) / 9;
		Integer c6 = a.q7();
		Integer c7 = dysfunctionSum == null ? null : (dysfunctionSum + 1) / 2;
		Integer global = sum(c1, c2, c3, c4, c5, c6, c7);
		return new PsqiScore(tib, efficiency, over100, latencyScore, latencySum, disturbanceSum, dysfunctionSum, c1, c2,
				c3, c4, c5, c6, c7, global, global == null ? null : global > PsqiScore.GOOD_SLEEPER_AT_MOST);
	}

	/** PSQI-R1: (Q3 − Q1) mod 1440 minutes; 0 when both are the same clock time. */
	static Integer timeInBed(String bedTime, String getUpTime) {
		if (bedTime == null || getUpTime == null) {
			return null;
		}
		int bed = LocalTime.parse(bedTime).toSecondOfDay() / 60;
		int up = LocalTime.parse(getUpTime).toSecondOfDay() / 60;
		return Math.floorMod(up - bed, 1440);
	}

	/** Q2 score: ≤15 → 0, ≤30 → 1, ≤60 → 2, else 3 (PSQI-R5, decimals allowed). */
	static Integer latencyScore(BigDecimal minutes) {
		if (minutes == null) {
			return null;
		}
		if (minutes.compareTo(BigDecimal.valueOf(15)) <= 0) {
			return 0;
		}
		if (minutes.compareTo(BigDecimal.valueOf(30)) <= 0) {
			return 1;
		}
		return minutes.compareTo(SIXTY) <= 0 ? 2 : 3;
	}

	/** C3: ≥7 h → 0, ≥6 h → 1, ≥5 h → 2, else 3. */
	static int duration(BigDecimal sleepMinutes) {
		if (sleepMinutes.compareTo(BigDecimal.valueOf(7 * 60)) >= 0) {
			return 0;
		}
		if (sleepMinutes.compareTo(BigDecimal.valueOf(6 * 60)) >= 0) {
			return 1;
		}
		return sleepMinutes.compareTo(BigDecimal.valueOf(5 * 60)) >= 0 ? 2 : 3;
	}

	/** C4 by cross-multiplication: 100·sleep against 85/75/65·TIB (PSQI-R2, R3, R4). */
	static int efficiency(BigDecimal sleepMinutes, int tib) {
		BigDecimal scaled = sleepMinutes.multiply(HUNDRED);
		if (scaled.compareTo(BigDecimal.valueOf(85L * tib)) >= 0) {
			return 0;
		}
		if (scaled.compareTo(BigDecimal.valueOf(75L * tib)) >= 0) {
			return 1;
		}
		return scaled.compareTo(BigDecimal.valueOf(65L * tib)) >= 0 ? 2 : 3;
	}

	private static Integer sum(Integer... values) {
		if (Arrays.stream(values).anyMatch(Objects::isNull)) {
			return null;
		}
		return Arrays.stream(values).mapToInt(Integer::intValue).sum();
	}

}
