package dev.drift.sleep;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class NightlyMetricsRulesTests {

	static MorningEntry night(String date, String zone, String intoBed, String tried, int sol, int nwak, int waso,
			String finalAwakening, String outOfBed) {
		return new MorningEntry(date, zone, intoBed, tried, sol, nwak, waso, finalAwakening, outOfBed, 3, null, null,
				null, null, null);
	}

	static NightlyMetrics valid(MorningEntry entry) {
		NightOutcome outcome = NightlyMetricsRules.evaluate(entry);
		assertThat(outcome).isInstanceOf(NightOutcome.Valid.class);
		return ((NightOutcome.Valid) outcome).metrics();
	}

	static String code(MorningEntry entry) {
		NightOutcome outcome = NightlyMetricsRules.evaluate(entry);
		assertThat(outcome).isInstanceOf(NightOutcome.Invalid.class);
		return ((NightOutcome.Invalid) outcome).code();
	}

	@Test
	void springForwardNightInLondonIsAnHourShorter() {
		NightlyMetrics metrics = valid(
				night("2025-03-30", "Europe/London", "23:00", "23:00", 0, 0, 0, "07:30", "07:30"));
		assertThat(metrics.tibMinutes()).isEqualTo(450);
		assertThat(metrics.resolvedUtc().outOfBed()).isEqualTo(Instant.parse("2025-03-30T06:30:00Z"));
	}

	@Test
	void fallBackNightInLondonIsAnHourLonger() {
		assertThat(
				valid(night("2025-10-26", "Europe/London", "23:00", "23:00", 30, 1, 20, "06:45", "07:00")).tibMinutes())
			.isEqualTo(540);
	}

	@Test
	void springForwardNightInNewYorkIsAnHourShorter() {
		NightlyMetrics metrics = valid(
				night("2025-03-09", "America/New_York", "22:30", "22:45", 15, 1, 10, "06:30", "06:45"));
		assertThat(metrics.tibMinutes()).isEqualTo(435);
		assertThat(metrics.tstMinutes()).isEqualTo(435 - 15 - 15 - 10 - 15);
	}

	@Test
	void fallBackNightInNewYorkIsAnHourLonger() {
		assertThat(valid(night("2025-11-02", "America/New_York", "22:00", "22:00", 0, 0, 0, "06:00", "06:00"))
			.tibMinutes()).isEqualTo(540);
	}

	@Test
	void timeInTheSpringGapIsShiftedForward() {
		NightlyMetrics metrics = valid(
				night("2025-03-30", "Europe/London", "01:30", "01:30", 0, 0, 0, "07:00", "07:00"));
		assertThat(metrics.resolvedUtc().intoBed()).isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
		assertThat(metrics.tibMinutes()).isEqualTo(270);
	}

	@Test
	void midnightBelongsToTheDiaryDate() {
		NightlyMetrics metrics = valid(
				night("2025-03-04", "Europe/Sofia", "00:00", "00:00", 0, 0, 0, "07:00", "07:00"));
		assertThat(metrics.resolvedUtc().intoBed()).isEqualTo(Instant.parse("2025-03-03T22:00:00Z"));
	}

	@Test
	void wholeSleepBeforeMidnightResolvesOnThePreviousDate() {
		NightlyMetrics metrics = valid(
				night("2025-03-04", "Europe/Sofia", "19:00", "19:00", 0, 0, 0, "23:50", "23:55"));
		assertThat(metrics.resolvedUtc().outOfBed()).isEqualTo(Instant.parse("2025-03-03T21:55:00Z"));
		assertThat(metrics.tibMinutes()).isEqualTo(295);
	}

	@Test
	void triedBeforeIntoBedIsAnInvalidSpan() {
		MorningEntry entry = night("2025-03-04", "Europe/Sofia", "23:00", "22:00", 0, 0, 0, "06:30", "07:00");
		assertThat(code(entry)).isEqualTo("SPAN_INVALID");
		assertThat(((NightOutcome.Invalid) NightlyMetricsRules.evaluate(entry)).tibMinutes()).isEqualTo(1920);
	}

	@Test
	void readingInBedCountsInTimeInBed() {
		NightlyMetrics metrics = valid(
				night("2025-03-04", "Europe/Sofia", "21:30", "23:00", 20, 1, 10, "06:30", "06:30"));
		assertThat(metrics.preSleepInBedMinutes()).isEqualTo(90);
		assertThat(metrics.sePercent()).isLessThan(metrics.alt().seFromSleepAttemptPercent());
	}

	@Test
	void warnsAboutWakeTimeWithoutAwakeningsAndKeepsTheNight() {
		assertThat(valid(night("2025-03-04", "Europe/Sofia", "23:00", "23:00", 10, 0, 20, "06:30", "06:30")).warnings())
			.containsExactly("WASO_WITHOUT_AWAKENINGS");
		assertThat(valid(night("2025-03-04", "Europe/Sofia", "23:00", "23:00", 10, 2, 0, "06:30", "06:30")).warnings())
			.containsExactly("AWAKENINGS_WITHOUT_WASO");
	}

	@Test
	void refusesMixedAndOffsetlessTimes() {
		assertThat(code(night("2025-06-11", "Europe/Brussels", "2025-06-10T23:00:00+01:00", "23:15", 0, 0, 0, "07:00",
				"07:30")))
			.isEqualTo("MIXED_TIME_FORMATS");
		assertThat(code(night("2025-06-11", "Europe/Brussels", "2025-06-10T23:00:00+01:00", "2025-06-10T23:15:00", 0, 0,
				0, "2025-06-11T07:00:00+02:00", "2025-06-11T07:30:00+02:00")))
			.isEqualTo("DATETIME_WITHOUT_OFFSET");
	}

	@Test
	void refusesDateTimesOutOfOrder() {
		assertThat(code(night("2025-06-11", "Europe/Brussels", "2025-06-10T23:00:00+02:00", "2025-06-10T22:15:00+02:00",
				0, 0, 0, "2025-06-11T07:00:00+02:00", "2025-06-11T07:30:00+02:00")))
			.isEqualTo("ORDER_INVALID");
	}

	@Test
	void refusesMissingAndNegativeValuesNamingTheField() {
		assertThat(code(new MorningEntry("2025-03-04", "Europe/Sofia", "23:00", "23:00", 0, null, 0, "06:00", "06:00",
				3, null, null, null, null, null)))
			.isEqualTo("MISSING_REQUIRED:awakenings");
		assertThat(code(night("2025-03-04", "Europe/Sofia", "23:00", "23:00", -5, 0, 0, "06:00", "06:00")))
			.isEqualTo("OUT_OF_RANGE:solMinutes");
	}

	/** Fixed seeds, so a failure can be reproduced. */
	static Stream<Long> seeds() {
		return IntStream.range(0, 200).mapToObj((i) -> 7919L * i + 17);
	}

	/**
	 * Random ordinary nights in zones with daylight saving: clock-form and the same times
	 * given as offset date-times agree, and the time-in-bed identity holds.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void clockTimesAgreeWithTheSameInstantsGivenWithOffsets(long seed) {
		Random random = new Random(seed);
		String zone = random.nextBoolean() ? "Europe/London" : "America/New_York";
		String date = "2025-" + (random.nextBoolean() ? "03-" + (5 + random.nextInt(26)) : "10-2" + random.nextInt(10))
			.replaceAll("-(\\d)$", "-0$1");
		int intoBed = 20 * 60 + random.nextInt(300);
		int tried = intoBed + random.nextInt(60);
		int finalAwakening = 5 * 60 + random.nextInt(180);
		int outOfBed = finalAwakening + random.nextInt(60);
		int sol = random.nextInt(60);
		int waso = random.nextInt(60);
		MorningEntry clock = night(date, zone, clock(intoBed), clock(tried), sol, 1 + random.nextInt(3), waso,
				clock(finalAwakening), clock(outOfBed));
		NightlyMetrics metrics = valid(clock);
		DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
		ZoneId id = ZoneId.of(zone);
		NightlyMetrics.ResolvedNight at = metrics.resolvedUtc();
		MorningEntry offsets = night(date, zone, iso.format(at.intoBed().atZone(id)),
				iso.format(at.triedToSleep().atZone(id)), sol, clock.awakenings(), waso,
				iso.format(at.finalAwakening().atZone(id)), iso.format(at.outOfBed().atZone(id)));
		assertThat(valid(offsets)).isEqualTo(metrics);
		assertThat(metrics.preSleepInBedMinutes() + metrics.solMinutes() + metrics.tstMinutes() + metrics.wasoMinutes()
				+ metrics.twakMinutes())
			.isEqualTo(metrics.tibMinutes());
	}

	private static String clock(int minuteOfDay) {
		int minutes = Math.floorMod(minuteOfDay, 24 * 60);
		return "%02d:%02d".formatted(minutes / 60, minutes % 60);
	}

	/**
	 * The hand-written fast paths (issue 11) give exactly what the library calls they
	 * replace: the strict HH:MM pattern, LocalDate.parse, ZonedDateTime.of for every
	 * quarter hour across a year of clock changes, and the HALF_UP percentage.
	 */
	@Test
	void fastPathsAgreeWithTheLibraryCallsTheyReplace() {
		java.util.regex.Pattern clock = java.util.regex.Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
		for (String text : new String[] { "00:00", "23:59", "24:00", "19:60", "7:30", "07:3", "0a:00", "12-30", "",
				"2:300", "20:5x", "09:59" }) {
			assertThat(NightlyMetricsRules.clockMinute(text) >= 0).as(text).isEqualTo(clock.matcher(text).matches());
		}
		for (int minute = 0; minute < 24 * 60; minute++) {
			assertThat(NightlyMetricsRules.clockMinute(clock(minute))).isEqualTo(minute);
		}
		for (String text : new String[] { "2025-03-30", "2024-02-29", "0999-01-01", "+12345-01-01" }) {
			assertThat(NightlyMetricsRules.date(text)).isEqualTo(java.time.LocalDate.parse(text));
		}
		for (String text : new String[] { "2025-02-29", "2025-13-01", "2025-1a-01", "2025/01/01" }) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> NightlyMetricsRules.date(text))
				.isInstanceOf(java.time.DateTimeException.class);
		}
		for (String zoneId : new String[] { "Europe/London", "America/New_York", "Australia/Lord_Howe" }) {
			ZoneId zone = ZoneId.of(zoneId);
			for (java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 1); day.getYear() == 2025; day = day
				.plusDays(1)) {
				for (int minute = 0; minute < 24 * 60; minute += 15) {
					String[] texts = { clock(minute), clock(minute), clock(minute), clock(minute) };
					java.time.LocalDateTime local = (minute >= 12 * 60 ? day.minusDays(1) : day).atTime(minute / 60,
							minute % 60);
					assertThat(NightlyMetricsRules.fromClockTimes(texts, day, zone).intoBed())
						.isEqualTo(java.time.ZonedDateTime.of(local, zone).toInstant());
				}
			}
		}
		Random random = new Random(11);
		for (int i = 0; i < 100_000; i++) {
			long whole = (i % 2 == 0) ? 1 + random.nextInt(2000) : -1 - random.nextInt(2000);
			long part = random.nextInt(4000) - 2000;
			assertThat(NightlyMetrics.percent(part, whole)).isEqualTo(java.math.BigDecimal.valueOf(100 * part)
				.divide(java.math.BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP));
		}
	}

}
