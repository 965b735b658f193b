package dev.drift.sleep;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryRulesTests {

	static final LocalDate START = LocalDate.of(2025, 3, 1);

	static DatedNight night(LocalDate date, int sol) {
		MorningEntry entry = NightlyMetricsRulesTests.night(date.toString(), "Europe/London", "23:00", "23:00", sol, 1,
				10, "07:00", "07:00");
		return new DatedNight(date, NightlyMetricsRulesTests.valid(entry));
	}

	static List<DatedNight> nights(LocalDate from, int days, int sol) {
		List<DatedNight> nights = new ArrayList<>();
		for (int i = 0; i < days; i++) {
			nights.add(night(from.plusDays(i), sol));
		}
		return nights;
	}

	@Test
	void baselineIsTheFourteenDaysUpToTheFirstSession() {
		List<DatedNight> nights = nights(START, 30, 40);
		SleepSummary summary = SummaryRules.summarise(nights, START.plusDays(20), START.plusDays(29));
		assertThat(summary.baseline().from()).isEqualTo(START.plusDays(7));
		assertThat(summary.baseline().to()).isEqualTo(START.plusDays(20));
		assertThat(summary.baseline().summary().validNights()).isEqualTo(14);
		assertThat(summary.provisionalBaseline()).isFalse();
	}

	@Test
	void baselineNeedsFiveValidNights() {
		List<DatedNight> nights = new ArrayList<>(nights(START, 4, 40));
		assertThat(SummaryRules.summarise(nights, START.plusDays(10), START.plusDays(10)).baseline().enoughData())
			.isFalse();
		nights.add(night(START.plusDays(9), 40));
		assertThat(SummaryRules.summarise(nights, START.plusDays(10), START.plusDays(10)).baseline().enoughData())
			.isTrue();
	}

	@Test
	void withoutASessionTheBaselineIsTheFirstFourteenDaysAndProvisional() {
		SleepSummary summary = SummaryRules.summarise(nights(START, 20, 40), null, START.plusDays(19));
		assertThat(summary.provisionalBaseline()).isTrue();
		assertThat(summary.baseline().from()).isEqualTo(START);
		assertThat(summary.baseline().to()).isEqualTo(START.plusDays(13));
	}

	@Test
	void weekNeedsFourValidNightsAndShowsItsChangeFromBaseline() {
		List<DatedNight> nights = new ArrayList<>(nights(START, 14, 40));
		nights.addAll(nights(START.plusDays(14), 3, 10));
		LocalDate today = START.plusDays(20);
		SleepSummary thin = SummaryRules.summarise(nights, START.plusDays(13), today);
		assertThat(thin.latestWeek().window().enoughData()).isFalse();
		assertThat(thin.latestWeek().changeFromBaseline()).isNull();
		nights.add(night(START.plusDays(20), 10));
		SleepSummary enough = SummaryRules.summarise(nights, START.plusDays(13), today);
		assertThat(enough.latestWeek().window().from()).isEqualTo(START.plusDays(14));
		assertThat(enough.latestWeek().changeFromBaseline().solMinutes()).isEqualByComparingTo(new BigDecimal("-30"));
		assertThat(enough.weeks()).hasSize(3);
	}

	@Test
	void noNightsGiveNoWindows() {
		SleepSummary summary = SummaryRules.summarise(List.of(), null, START);
		assertThat(summary.baseline()).isNull();
		assertThat(summary.weeks()).isEmpty();
	}

	@Test
	void meanSleepEfficiencyIsExactBeforeRounding() {
		// 1/3 and 2/3 of the night asleep: mean SE 50 %, not 33.33 + 66.67 rounded apart
		MorningEntry third = NightlyMetricsRulesTests.night("2025-03-04", "Europe/Sofia", "00:00", "00:00", 100, 1, 100,
				"05:00", "05:00");
		MorningEntry twoThirds = NightlyMetricsRulesTests.night("2025-03-05", "Europe/Sofia", "00:00", "00:00", 50, 1,
				50, "05:00", "05:00");
		DiarySummary summary = DiarySummary
			.of(List.of(NightlyMetricsRules.evaluate(third), NightlyMetricsRules.evaluate(twoThirds)));
		assertThat(summary.meanNightlySePercent()).isEqualByComparingTo("50.00");
		assertThat(summary.pooledSePercent()).isEqualByComparingTo("50.00");
	}

}
