package dev.drift.questionnaires;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PsqiScoringTests {

	/**
	 * Everything zero except what a test sets: bed 23:00, up 07:00, 7.5 h, latency 10.
	 */
	static PsqiAnswers answers(String bed, String latency, String up, String hours) {
		return new PsqiAnswers(bed, latency == null ? null : new BigDecimal(latency), up,
				hours == null ? null : new BigDecimal(hours), 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, 0, 0, 0, null);
	}

	static PsqiAnswers typical() {
		return answers("23:00", "10", "07:00", "7.5");
	}

	@ParameterizedTest
	@CsvSource({ "23:00,07:00,480", "00:30,08:00,450", "08:00,15:00,420", "22:30,06:45,495", "07:00,07:00,0" })
	void timeInBedIsTheClockDifferenceModuloADay(String bed, String up, int minutes) {
		assertThat(PsqiScoring.timeInBed(bed, up)).isEqualTo(minutes);
	}

	@Test
	void sameBedAndGetUpTimeLeavesEfficiencyAndGlobalUnscored() {
		PsqiScore score = PsqiScoring.score(answers("07:00", "10", "07:00", "7"));

		assertThat(score.timeInBedMinutes()).isZero();
		assertThat(score.c4()).isNull();
		assertThat(score.sleepEfficiencyPercent()).isNull();
		assertThat(score.global()).isNull();
		assertThat(score.poorSleeper()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "6.8,0", "6.79,1", "6,1", "5.99,2", "5.2,2", "5.19,3" })
	void efficiencyBandsUseExactArithmeticOnTheUnroundedValue(String hours, int c4) {
		assertThat(PsqiScoring.score(answers("23:00", "10", "07:00", hours)).c4()).isEqualTo(c4);
	}

	@Test
	void efficiencyJustBelow85IsBandedUnroundedAndDisplayedRounded() {
		PsqiScore score = PsqiScoring.score(answers("23:00", "10", "07:00", "6.77"));

		assertThat(score.sleepEfficiencyPercent()).isEqualByComparingTo("84.63");
		assertThat(score.c4()).isEqualTo(1);
	}

	@Test
	void sleepLongerThanTimeInBedScoresZeroAndIsFlagged() {
		PsqiScore score = PsqiScoring.score(answers("23:30", "10", "06:30", "7.5"));

		assertThat(score.sleepEfficiencyPercent()).isEqualByComparingTo("107.14");
		assertThat(score.sleepEfficiencyOver100()).isTrue();
		assertThat(score.c4()).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "15,0", "15.5,1", "16,1", "30,1", "31,2", "60,2", "60.01,3", "61,3" })
	void latencyScoreUsesTheGreaterThanForm(String minutes, int score) {
		assertThat(PsqiScoring.latencyScore(new BigDecimal(minutes))).isEqualTo(score);
	}

	@ParameterizedTest
	@CsvSource({ "7,0", "8,0", "6.99,1", "6,1", "5,2", "4.99,3" })
	void durationUsesPittsburghThresholds(String hours, int c3) {
		assertThat(PsqiScoring.score(answers("23:00", "10", "07:00", hours)).c3()).isEqualTo(c3);
	}

	@Test
	void aMissingInputNullsItsComponentAndTheGlobal() {
		PsqiScore noHours = PsqiScoring.score(answers("23:00", "10", "07:00", null));
		PsqiScore noLatency = PsqiScoring.score(answers("23:00", null, "07:00", "7.5"));

		assertThat(noHours.c3()).isNull();
		assertThat(noHours.c4()).isNull();
		assertThat(noHours.timeInBedMinutes()).isEqualTo(480);
		assertThat(noHours.global()).isNull();
		assertThat(noLatency.latencyQ2Score()).isNull();
		assertThat(noLatency.c2()).isNull();
		assertThat(noLatency.c1()).isZero();
		assertThat(noLatency.global()).isNull();
	}

	@Test
	void otherReasonCountsWhenAFrequencyIsGivenEvenWithoutADescription() {
		PsqiAnswers base = typical();
		PsqiAnswers withQ5j = new PsqiAnswers("23:00", BigDecimal.TEN, "07:00", new BigDecimal("7.5"), 0, 0, 0, 0, 0, 0,
				0, 0, 0, 2, null, 0, 0, 0, 0, null);

		assertThat(PsqiScoring.score(base).disturbanceSum()).isZero();
		assertThat(PsqiScoring.score(withQ5j).disturbanceSum()).isEqualTo(2);
		assertThat(PsqiScoring.score(withQ5j).c5()).isEqualTo(1);
	}

	@Test
	void theBedPartnerQuestionNeverChangesTheScore() {
		PsqiAnswers partner = new PsqiAnswers("23:00", BigDecimal.TEN, "07:00", new BigDecimal("7.5"), 0, 0, 0, 0, 0, 0,
				0, 0, 0, null, null, 0, 0, 0, 0, "same-bed");

		assertThat(PsqiScoring.score(partner)).isEqualTo(PsqiScoring.score(typical()));
	}

	@ParameterizedTest
	@CsvSource({ "0,0", "1,1", "9,1", "10,2", "18,2", "19,3", "27,3" })
	void disturbanceBands(int sum, int c5) {
		int[] items = new int[9];
		for (int i = 0, left = sum; left > 0; i++) {
			items[i] = Math.min(3, left);
			left -= items[i];
		}
		PsqiAnswers answers = new PsqiAnswers("23:00", BigDecimal.TEN, "07:00", new BigDecimal("7.5"), 0, items[0],
				items[1], items[2], items[3], items[4], items[5], items[6], items[7], items[8], null, 0, 0, 0, 0, null);

		assertThat(PsqiScoring.score(answers).c5()).isEqualTo(c5);
	}

	@Test
	void theWorkedExampleScoresThirteenAndAPoorSleeper() {
		PsqiAnswers answers = new PsqiAnswers("22:30", BigDecimal.valueOf(45), "06:45", new BigDecimal("5.5"), 3, 3, 1,
				0, 0, 0, 0, 0, 1, null, null, 2, 1, 1, 2, null);

		PsqiScore score = PsqiScoring.score(answers);

		assertThat(score.timeInBedMinutes()).isEqualTo(495);
		assertThat(score.sleepEfficiencyPercent()).isEqualByComparingTo("66.67");
		assertThat(new int[] { score.c1(), score.c2(), score.c3(), score.c4(), score.c5(), score.c6(), score.c7() })
			.containsExactly(2, 3, 2, 2, 1, 1, 2);
		assertThat(score.global()).isEqualTo(13);
		assertThat(score.poorSleeper()).isTrue();
	}

	@Test
	void globalFiveIsAGoodSleeperAndSixAPoorOne() {
		PsqiAnswers five = new PsqiAnswers("23:00", BigDecimal.TEN, "07:00", new BigDecimal("7.5"), 0, 0, 0, 0, 0, 0, 0,
				0, 0, null, null, 3, 2, 0, 0, null);
		PsqiAnswers six = new PsqiAnswers("23:00", BigDecimal.TEN, "07:00", new BigDecimal("7.5"), 0, 0, 0, 0, 0, 0, 0,
				0, 0, null, null, 3, 3, 0, 0, null);

		assertThat(PsqiScoring.score(five).global()).isEqualTo(5);
		assertThat(PsqiScoring.score(five).poorSleeper()).isFalse();
		assertThat(PsqiScoring.score(six).poorSleeper()).isTrue();
	}

}
