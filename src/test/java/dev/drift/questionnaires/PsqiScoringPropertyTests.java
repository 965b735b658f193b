package dev.drift.questionnaires;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random PSQI answers scored twice: by {@link PsqiScoring} and by an independent
 * integer-only re-derivation (Q4 in hundredths of an hour, cross-multiplied bands,
 * half-up rounding by integer division), as the spec's second implementation did.
 */
class PsqiScoringPropertyTests {

	static LongStream seeds() {
		return LongStream.range(0, 200).map((i) -> 7919L * i + 11);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void scoringAgreesWithAnIntegerOnlyDerivation(long seed) {
		Random random = new Random(seed);
		int bed = 5 * random.nextInt(288);
		int up = 5 * random.nextInt(288);
		int hundredths = random.nextInt(1201);
		int latencyHalves = random.nextInt(181);
		int[] f = random.ints(14, 0, 4).toArray();
		PsqiAnswers answers = new PsqiAnswers(clock(bed), BigDecimal.valueOf(latencyHalves, 0).divide(BigDecimal.TWO),
				clock(up), BigDecimal.valueOf(hundredths, 2), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
				random.nextBoolean() ? null : f[9], null, f[10], f[11], f[12], f[13], null);

		PsqiScore score = PsqiScoring.score(answers);

		int tib = Math.floorMod(up - bed, 1440);
		assertThat(score.timeInBedMinutes()).isEqualTo(tib);
		int latency = latencyHalves <= 30 ? 0 : latencyHalves <= 60 ? 1 : latencyHalves <= 120 ? 2 : 3;
		int c2 = band(latency + f[0], 0, 2, 4);
		int c3 = hundredths >= 700 ? 0 : hundredths >= 600 ? 1 : hundredths >= 500 ? 2 : 3;
		int disturbances = f[1] + f[2] + f[3] + f[4] + f[5] + f[6] + f[7] + f[8]
				+ (answers.q5j() == null ? 0 : answers.q5j());
		int c5 = band(disturbances, 0, 9, 18);
		int c7 = band(f[12] + f[13], 0, 2, 4);
		assertThat(score.c2()).isEqualTo(c2);
		assertThat(score.c3()).isEqualTo(c3);
		assertThat(score.c5()).isEqualTo(c5);
		assertThat(score.c7()).isEqualTo(c7);
		if (tib == 0) {
			assertThat(score.c4()).isNull();
			assertThat(score.global()).isNull();
			return;
		}
		long sleep6000 = hundredths * 6000L;
		int c4 = sleep6000 >= 8500L * tib ? 0 : sleep6000 >= 7500L * tib ? 1 : sleep6000 >= 6500L * tib ? 2 : 3;
		long displayHundredths = (2 * sleep6000 + tib) / (2L * tib);
		assertThat(score.c4()).isEqualTo(c4);
		assertThat(score.sleepEfficiencyPercent()).isEqualByComparingTo(BigDecimal.valueOf(displayHundredths, 2));
		assertThat(score.sleepEfficiencyOver100()).isEqualTo(hundredths * 60L > tib * 100L);
		int global = f[10] + c2 + c3 + c4 + c5 + f[11] + c7;
		assertThat(score.global()).isEqualTo(global);
		assertThat(score.poorSleeper()).isEqualTo(global > 5);
	}

	private static int band(int sum, int zeroUpTo, int oneUpTo, int twoUpTo) {
		return sum <= zeroUpTo ? 0 : sum <= oneUpTo ? 1 : sum <= twoUpTo ? 2 : 3;
	}

	private static String clock(int minutes) {
		return "%02d:%02d".formatted(minutes / 60, minutes % 60);
	}

}
