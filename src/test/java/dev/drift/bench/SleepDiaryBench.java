package dev.drift.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dev.drift.sleep.DatedNight;
import dev.drift.sleep.MorningEntry;
import dev.drift.sleep.NightOutcome;
import dev.drift.sleep.NightlyMetricsRules;
import dev.drift.sleep.SleepSummary;
import dev.drift.sleep.SummaryRules;

/**
 * Not a test: prints (1) nightly-metric throughput in-process (clock-time nights in zones
 * with daylight saving, resolved and validated as the API does) and (2) the time to build
 * one client's summaries (baseline and every weekly window) from two years of nights,
 * with and without re-evaluating the stored nights first. Run with
 * {@code bench/sleep-diary.sh}.
 */
public final class SleepDiaryBench {

	private static final String[] ZONES = { "Europe/London", "America/New_York", "Europe/Sofia" };

	private SleepDiaryBench() {
	}

	public static void main(String[] args) {
		int nights = (args.length > 0) ? Integer.parseInt(args[0]) : 200_000;
		List<MorningEntry> input = randomNights(nights, LocalDate.of(2024, 1, 1), new Random(42));
		for (int round = 0; round < 6; round++) {
			evaluateAll(input);
		}
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		double[] rates = new double[9];
		double[] cpuRates = new double[rates.length];
		for (int round = 0; round < rates.length; round++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			int valid = evaluateAll(input);
			double seconds = (System.nanoTime() - start) / 1e9;
			rates[round] = nights / seconds;
			cpuRates[round] = nights / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
			if (valid == 0) {
				throw new IllegalStateException("no valid night");
			}
		}
		Arrays.sort(rates);
		Arrays.sort(cpuRates);
		System.out.printf(
				"nightly metrics: %,.0f nights/s (median of %d rounds over %,d nights; min %,.0f, max %,.0f)%n",
				rates[rates.length / 2], rates.length, nights, rates[0], rates[rates.length - 1]);
		System.out.printf("nightly metrics per CPU second of the benchmark thread (robust on a busy machine):"
				+ " %,.0f nights/s median%n", cpuRates[cpuRates.length / 2]);

		LocalDate today = LocalDate.of(2026, 11, 21);
		List<MorningEntry> twoYears = consecutiveNights(today.minusDays(729), 730, new Random(7));
		List<DatedNight> stored = toDated(twoYears);
		for (int i = 0; i < 200; i++) {
			SummaryRules.summarise(stored, today.minusDays(700), today);
			SummaryRules.summarise(toDated(twoYears), today.minusDays(700), today);
		}
		int reps = 500;
		long[] summaryOnly = new long[reps];
		long[] withEvaluation = new long[reps];
		int weeks = 0;
		for (int i = 0; i < reps; i++) {
			long start = System.nanoTime();
			SleepSummary summary = SummaryRules.summarise(stored, today.minusDays(700), today);
			summaryOnly[i] = System.nanoTime() - start;
			weeks = summary.weeks().size();
			start = System.nanoTime();
			SummaryRules.summarise(toDated(twoYears), today.minusDays(700), today);
			withEvaluation[i] = System.nanoTime() - start;
		}
		Arrays.sort(summaryOnly);
		Arrays.sort(withEvaluation);
		System.out.printf(
				"summaries from 2 years (%d nights, baseline + %d weekly windows): %.2f ms median (p90 %.2f ms);"
						+ " with re-evaluating the nights first: %.2f ms median (p90 %.2f ms)%n",
				stored.size(), weeks, summaryOnly[reps / 2] / 1e6, summaryOnly[reps * 9 / 10] / 1e6,
				withEvaluation[reps / 2] / 1e6, withEvaluation[reps * 9 / 10] / 1e6);
		System.out.printf(java.util.Locale.ROOT, "RESULT nights_per_s=%.0f summaries_2y_ms=%.2f%n",
				rates[rates.length / 2], summaryOnly[reps / 2] / 1e6);
	}

	private static int evaluateAll(List<MorningEntry> input) {
		int valid = 0;
		for (MorningEntry entry : input) {
			if (NightlyMetricsRules.evaluate(entry) instanceof NightOutcome.Valid) {
				valid++;
			}
		}
		return valid;
	}

	private static List<DatedNight> toDated(List<MorningEntry> entries) {
		List<DatedNight> dated = new ArrayList<>(entries.size());
		for (MorningEntry entry : entries) {
			if (NightlyMetricsRules.evaluate(entry) instanceof NightOutcome.Valid valid) {
				dated.add(new DatedNight(LocalDate.parse(entry.diaryDate()), valid.metrics()));
			}
		}
		return dated;
	}

	static List<MorningEntry> randomNights(int count, LocalDate from, Random random) {
		List<MorningEntry> nights = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			nights.add(night(from.plusDays(random.nextInt(1000)), ZONES[random.nextInt(ZONES.length)], random));
		}
		return nights;
	}

	static List<MorningEntry> consecutiveNights(LocalDate from, int days, Random random) {
		List<MorningEntry> nights = new ArrayList<>(days);
		for (int i = 0; i < days; i++) {
			nights.add(night(from.plusDays(i), "Europe/London", random));
		}
		return nights;
	}

	private static MorningEntry night(LocalDate date, String zone, Random random) {
		int bed = 21 * 60 + random.nextInt(240);
		int tried = bed + random.nextInt(30);
		int awake = tried + 420 + random.nextInt(90);
		int up = awake + random.nextInt(40);
		return new MorningEntry(date.toString(), zone, clock(bed), clock(tried), random.nextInt(60),
				1 + random.nextInt(3), random.nextInt(60), clock(awake), clock(up), 1 + random.nextInt(5), null, null,
				null, null, null);
	}

	private static String clock(int minute) {
		int m = Math.floorMod(minute, 24 * 60);
		return "%02d:%02d".formatted(m / 60, m % 60);
	}

}
