package dev.drift.sleep;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	private static final int DAY_MINUTES = 24 * 60;

	private NightlyMetricsRules() {
	}

	public static NightOutcome evaluate(MorningEntry entry) {
		// the spec's order of required fields; plain checks, no map per night
		String missing = missing(entry.intoBed(), "intoBed");
		missing = (missing != null) ? missing : missing(entry.triedToSleep(), "triedToSleep");
		missing = (missing != null) ? missing : missing(entry.solMinutes(), "solMinutes");
		missing = (missing != null) ? missing : missing(entry.awakenings(), "awakenings");
		missing = (missing != null) ? missing : missing(entry.wasoMinutes(), "wasoMinutes");
		missing = (missing != null) ? missing : missing(entry.finalAwakening(), "finalAwakening");
		missing = (missing != null) ? missing : missing(entry.outOfBed(), "outOfBed");
		missing = (missing != null) ? missing : missing(entry.diaryDate(), "diaryDate");
		missing = (missing != null) ? missing : missing(entry.timeZone(), "timeZone");
		if (missing != null) {
			return new NightOutcome.Invalid(MISSING + missing, missing);
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

	private static String missing(Object value, String name) {
		return (value == null || value instanceof String text && text.isBlank()) ? name : null;
	}

	private static NightOutcome.Invalid rangeProblem(MorningEntry entry) {
		String negative = negative(entry.solMinutes(), "solMinutes");
		negative = (negative != null) ? negative : negative(entry.awakenings(), "awakenings");
		negative = (negative != null) ? negative : negative(entry.wasoMinutes(), "wasoMinutes");
		negative = (negative != null) ? negative
				: negative(entry.minutesTryingAfterFinalAwakening(), "minutesTryingAfterFinalAwakening");
		negative = (negative != null) ? negative : negative(entry.minutesEarlier(), "minutesEarlier");
		negative = (negative != null) ? negative : negative(entry.napCount(), "napCount");
		negative = (negative != null) ? negative : negative(entry.napMinutes(), "napMinutes");
		if (negative != null) {
			return new NightOutcome.Invalid(OUT_OF_RANGE + negative, negative);
		}
		if (entry.quality() != null && (entry.quality() < 1 || entry.quality() > 5)) {
			return new NightOutcome.Invalid(OUT_OF_RANGE + "quality", "quality");
		}
		return null;
	}

	private static String negative(Integer value, String name) {
		return (value != null && value < 0) ? name : null;
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
			if (clockMinute(texts[i]) >= 0) {
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
			diaryDate = date(entry.diaryDate().strip());
		}
		catch (DateTimeException ex) {
			return new NightOutcome.Invalid(TIME_INVALID + "diaryDate", "diaryDate");
		}
		if (!ordinaryDate(diaryDate)) {
			return new NightOutcome.Invalid(TIME_INVALID + "diaryDate", "diaryDate");
		}
		try {
			zone = zone(entry.timeZone().strip());
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
		ZoneRules rules = zone.getRules();
		int first = clockMinute(texts[0]);
		LocalDateTime previous = LocalDateTime.of(first >= 12 * 60 ? diaryDate.minusDays(1) : diaryDate,
				LocalTime.of(first / 60, first % 60));
		Instant[] instants = new Instant[texts.length];
		instants[0] = instant(previous, rules);
		for (int i = 1; i < texts.length; i++) {
			int minute = clockMinute(texts[i]);
			LocalDateTime next = LocalDateTime.of(previous.toLocalDate(), LocalTime.of(minute / 60, minute % 60));
			if (next.isBefore(previous)) {
				next = next.plusDays(1);
			}
			instants[i] = instant(next, rules);
			previous = next;
		}
		return new ResolvedNight(instants[0], instants[1], instants[2], instants[3]);
	}

	/**
	 * The instant {@code ZonedDateTime.of(local, zone)} gives: the offset before the
	 * transition in a gap (the local time moves forward by the gap, which is the same
	 * instant) and in an overlap (the earlier offset).
	 */
	private static Instant instant(LocalDateTime local, ZoneRules rules) {
		return local.toInstant(rules.getOffset(local));
	}

	/**
	 * The minute of the day of a strict {@code HH:MM} clock time (00:00–23:59), or -1
	 * when the text is not one (what the pattern {@code ([01][0-9]|2[0-3]):[0-5][0-9]}
	 * accepts, without a matcher per field).
	 */
	static int clockMinute(String text) {
		if (text.length() != 5 || text.charAt(2) != ':') {
			return -1;
		}
		int h1 = digit(text.charAt(0));
		int h2 = digit(text.charAt(1));
		int m1 = digit(text.charAt(3));
		int m2 = digit(text.charAt(4));
		if (h1 < 0 || h2 < 0 || m1 < 0 || m1 > 5 || m2 < 0) {
			return -1;
		}
		int hour = h1 * 10 + h2;
		return (hour > 23) ? -1 : hour * 60 + m1 * 10 + m2;
	}

	private static int digit(char c) {
		return (c >= '0' && c <= '9') ? c - '0' : -1;
	}

	/**
	 * {@link LocalDate#parse} without the formatter for the usual {@code YYYY-MM-DD}
	 * (same result, same {@link DateTimeException} for an impossible date); anything else
	 * goes through the formatter.
	 */
	static LocalDate date(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = 0;
			int month = 0;
			int day = 0;
			boolean digits = true;
			for (int i = 0; i < 10 && digits; i++) {
				if (i == 4 || i == 7) {
					continue;
				}
				int d = digit(text.charAt(i));
				digits = d >= 0;
				if (i < 4) {
					year = year * 10 + d;
				}
				else if (i < 7) {
					month = month * 10 + d;
				}
				else {
					day = day * 10 + d;
				}
			}
			if (digits) {
				return LocalDate.of(year, month, day);
			}
		}
		return LocalDate.parse(text);
	}

	/** Zones already resolved (valid ids only, bounded: ids are client input). */
	private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

	private static ZoneId zone(String id) {
		ZoneId known = ZONES.get(id);
		if (known != null) {
			return known;
		}
		ZoneId zone = ZoneId.of(id);
		if (ZONES.size() < 1_000) {
			ZONES.put(id, zone);
		}
		return zone;
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
		List<String> warnings = (nwak == 0 && waso > 0) ? WASO_WITHOUT_AWAKENINGS
				: (nwak > 0 && waso == 0) ? AWAKENINGS_WITHOUT_WASO : List.of();
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

	private static final List<String> WASO_WITHOUT_AWAKENINGS = List.of("WASO_WITHOUT_AWAKENINGS");

	private static final List<String> AWAKENINGS_WITHOUT_WASO = List.of("AWAKENINGS_WITHOUT_WASO");

	/** {@code Duration.between(from, to).toMinutes()} without the Duration. */
	private static long minutes(Instant from, Instant to) {
		long seconds = to.getEpochSecond() - from.getEpochSecond();
		if (to.getNano() < from.getNano()) {
			seconds--;
		}
		return seconds / 60;
	}

}
