package dev.drift.sleep;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.drift.sleep.NightlyMetrics.Alternatives;
import dev.drift.sleep.NightlyMetrics.ResolvedNight;

/**
 * The nightly diary metrics and their validation, exactly as spec §2.3–§2.5: event times
 * resolved to instants (rule CSD-R2, daylight-saving aware), durations as differences of
 * instants, checks in the spec's order, the first failure wins.
 */
public final class NightlyMetricsRules {

	static final String MISSING = "MISSING_REQUIRED:";

	/** Not in the spec's table: a value outside its range (negative minutes, quality). */
	static final String OUT_OF_RANGE = "OUT_OF_RANGE:";

	/** Not in the spec's table: a time that is neither HH:MM nor an ISO date-time. */
	static final String TIME_INVALID = "TIME_INVALID:";

	private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

	private static final int DAY_MINUTES = 24 * 60;

	private NightlyMetricsRules() {
	}

	public static NightOutcome evaluate(MorningEntry entry) {
		Map<String, Object> required = new LinkedHashMap<>();
		required.put("intoBed", entry.intoBed());
		required.put("triedToSleep", entry.triedToSleep());
		required.put("solMinutes", entry.solMinutes());
		required.put("awakenings", entry.awakenings());
		required.put("wasoMinutes", entry.wasoMinutes());
		required.put("finalAwakening", entry.finalAwakening());
		required.put("outOfBed", entry.outOfBed());
		required.put("diaryDate", entry.diaryDate());
		required.put("timeZone", entry.timeZone());
		for (Map.Entry<String, Object> field : required.entrySet()) {
			if (field.getValue() == null || field.getValue() instanceof String text && text.isBlank()) {
				return new NightOutcome.Invalid(MISSING + field.getKey(), field.getKey());
			}
		}
		NightOutcome.Invalid range = rangeProblem(entry);
		if (range != null) {
			return range;
		}
		Object resolved = resolve(entry);
		if (resolved instanceof NightOutcome.Invalid invalid) {
			return invalid;
		}
		return measure(entry, (ResolvedNight) resolved);
	}

	private static NightOutcome.Invalid rangeProblem(MorningEntry entry) {
		Map<String, Integer> minutes = new LinkedHashMap<>();
		minutes.put("solMinutes", entry.solMinutes());
		minutes.put("awakenings", entry.awakenings());
		minutes.put("wasoMinutes", entry.wasoMinutes());
		minutes.put("minutesTryingAfterFinalAwakening", entry.minutesTryingAfterFinalAwakening());
		minutes.put("minutesEarlier", entry.minutesEarlier());
		minutes.put("napCount", entry.napCount());
		minutes.put("napMinutes", entry.napMinutes());
		for (Map.Entry<String, Integer> field : minutes.entrySet()) {
			if (field.getValue() != null && field.getValue() < 0) {
				return new NightOutcome.Invalid(OUT_OF_RANGE + field.getKey(), field.getKey());
			}
		}
		if (entry.quality() != null && (entry.quality() < 1 || entry.quality() > 5)) {
			return new NightOutcome.Invalid(OUT_OF_RANGE + "quality", "quality");
		}
		return null;
	}

	/**
	 * A date with a four-digit year (YYYY-MM-DD): extreme dates such as
	 * {@code +999999999-12-31} parse but overflow date arithmetic and the database.
	 */
	static boolean ordinaryDate(LocalDate date) {
		return date.getYear() >= 1000 && date.getYear() <= 9999;
	}

	/** The four instants, or the first format problem. */
	private static Object resolve(MorningEntry entry) {
		String[] names = { "intoBed", "triedToSleep", "finalAwakening", "outOfBed" };
		String[] texts = { entry.intoBed().strip(), entry.triedToSleep().strip(), entry.finalAwakening().strip(),
				entry.outOfBed().strip() };
		int clocks = 0;
		for (int i = 0; i < texts.length; i++) {
			if (CLOCK.matcher(texts[i]).matches()) {
				clocks++;
			}
			else if (!texts[i].contains("T")) {
				return new NightOutcome.Invalid(TIME_INVALID + names[i], names[i]);
			}
		}
		if (clocks != 0 && clocks != texts.length) {
			return new NightOutcome.Invalid("MIXED_TIME_FORMATS", names[0]);
		}
		LocalDate diaryDate;
		ZoneId zone;
		try {
			diaryDate = LocalDate.parse(entry.diaryDate().strip());
		}
		catch (DateTimeException ex) {
			return new NightOutcome.Invalid(TIME_INVALID + "diaryDate", "diaryDate");
		}
		if (!ordinaryDate(diaryDate)) {
			return new NightOutcome.Invalid(TIME_INVALID + "diaryDate", "diaryDate");
		}
		try {
			zone = ZoneId.of(entry.timeZone().strip());
		}
		catch (DateTimeException ex) {
			return new NightOutcome.Invalid("TIME_ZONE_INVALID", "timeZone");
		}
		return (clocks == 0) ? fromDateTimes(names, texts) : fromClockTimes(texts, diaryDate, zone);
	}

	private static Object fromDateTimes(String[] names, String[] texts) {
		Instant[] instants = new Instant[texts.length];
		for (int i = 0; i < texts.length; i++) {
			try {
				instants[i] = OffsetDateTime.parse(texts[i]).toInstant();
			}
			catch (DateTimeException ex) {
				try {
					LocalDateTime.parse(texts[i]);
					return new NightOutcome.Invalid("DATETIME_WITHOUT_OFFSET", names[i]);
				}
				catch (DateTimeException notEvenLocal) {
					return new NightOutcome.Invalid(TIME_INVALID + names[i], names[i]);
				}
			}
		}
		return new ResolvedNight(instants[0], instants[1], instants[2], instants[3]);
	}

	/**
	 * CSD-R2 (b): into bed on the day before the diary date when at or after noon; each
	 * later event on the previous event's date, one day later when that would be earlier;
	 * local to instant as {@link ZonedDateTime#of} does (gap shifted forward, overlap
	 * takes the earlier offset).
	 */
	static ResolvedNight fromClockTimes(String[] texts, LocalDate diaryDate, ZoneId zone) {
		LocalTime first = LocalTime.parse(texts[0]);
		LocalDateTime previous = LocalDateTime.of(first.getHour() >= 12 ? diaryDate.minusDays(1) : diaryDate, first);
		Instant[] instants = new Instant[texts.length];
		instants[0] = ZonedDateTime.of(previous, zone).toInstant();
		for (int i = 1; i < texts.length; i++) {
			LocalDateTime next = LocalDateTime.of(previous.toLocalDate(), LocalTime.parse(texts[i]));
			if (next.isBefore(previous)) {
				next = next.plusDays(1);
			}
			instants[i] = ZonedDateTime.of(next, zone).toInstant();
			previous = next;
		}
		return new ResolvedNight(instants[0], instants[1], instants[2], instants[3]);
	}

	private static NightOutcome measure(MorningEntry entry, ResolvedNight night) {
		long tib = minutes(night.intoBed(), night.outOfBed());
		Integer tibValue = (Math.abs(tib) <= Integer.MAX_VALUE) ? (int) tib : null;
		if (tib <= 0 || tib >= DAY_MINUTES) {
			return new NightOutcome.Invalid("SPAN_INVALID", "outOfBed", tibValue, null);
		}
		if (night.triedToSleep().isBefore(night.intoBed())) {
			return new NightOutcome.Invalid("ORDER_INVALID", "triedToSleep", tibValue, null);
		}
		if (night.finalAwakening().isBefore(night.triedToSleep())) {
			return new NightOutcome.Invalid("ORDER_INVALID", "finalAwakening", tibValue, null);
		}
		if (night.outOfBed().isBefore(night.finalAwakening())) {
			return new NightOutcome.Invalid("ORDER_INVALID", "outOfBed", tibValue, null);
		}
		long asleepWindow = minutes(night.triedToSleep(), night.finalAwakening());
		int sol = entry.solMinutes();
		int waso = entry.wasoMinutes();
		int nwak = entry.awakenings();
		long tst = asleepWindow - sol - waso;
		if (tst < 0) {
			return new NightOutcome.Invalid("TST_NEGATIVE", "wasoMinutes", (int) tib, (int) tst);
		}
		long psib = minutes(night.intoBed(), night.triedToSleep());
		long twak = minutes(night.finalAwakening(), night.outOfBed());
		long fromAttempt = minutes(night.triedToSleep(), night.outOfBed());
		List<String> warnings = new ArrayList<>();
		if (nwak == 0 && waso > 0) {
			warnings.add("WASO_WITHOUT_AWAKENINGS");
		}
		if (nwak > 0 && waso == 0) {
			warnings.add("AWAKENINGS_WITHOUT_WASO");
		}
		Integer ema = null;
		if (Boolean.TRUE.equals(entry.wokeEarlierThanPlanned())) {
			ema = entry.minutesEarlier();
		}
		else if (Boolean.FALSE.equals(entry.wokeEarlierThanPlanned())) {
			ema = 0;
		}
		return new NightOutcome.Valid(new NightlyMetrics(night, (int) tib, (int) psib, sol, nwak, waso, (int) twak,
				(int) tst, NightlyMetrics.percent(tst, tib), tst + "/" + tib, ema,
				entry.napMinutes() == null ? 0 : entry.napMinutes(),
				new Alternatives(fromAttempt == 0 ? null : NightlyMetrics.percent(tst, fromAttempt),
						(int) (waso + twak)),
				warnings, entry.quality()));
	}

	private static long minutes(Instant from, Instant to) {
		return Duration.between(from, to).toMinutes();
	}

}
