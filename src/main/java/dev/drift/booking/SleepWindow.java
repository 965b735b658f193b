package dev.drift.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.drift.people.ShiftPattern;
import dev.drift.people.SleepSchedule;

/**
 * The client's ideal session timing (clinical rules §2.4): a session should end 2–4 h
 * before the main sleep that follows it, using the work-day or off-day sleep start of the
 * day that sleep begins. Shift workers: a slot overlapping the shift or the commute is
 * outside; on a work day whose window cannot be met (it falls in the shift or outside
 * clinic hours) the earliest slot after the shift that ends at least 1 h before sleep is
 * the fallback ({@link SleepFit.Kind#AFTER_SHIFT}); off days use their own sleep start.
 * <p>
 * The client record holds a shift pattern but not shift hours, so fixed patterns use the
 * hours of the §2.4 worked examples (design choice D): early 06:00–14:00, evening
 * 14:00–22:30, night 20:00–08:00, each on the client's work days, with 30 minutes'
 * commute either side. Rotating and irregular shifts have no fixed hours: only the base
 * rule, per booking, against the sleep that follows the session (§2.4.4).
 */
final class SleepWindow {

	static final Duration EARLIEST_END = Duration.ofHours(4);

	static final Duration LATEST_END = Duration.ofHours(2);

	static final Duration AFTER_SHIFT_MARGIN = Duration.ofHours(1);

	static final Duration COMMUTE = Duration.ofMinutes(30);

	private final SleepSchedule sleep;

	private final ZoneId zone;

	SleepWindow(SleepSchedule sleep, ZoneId zone) {
		this.sleep = sleep;
		this.zone = zone;
	}

	/** The start of the first main sleep at or after an instant. */
	Instant nextSleepStart(Instant after) {
		LocalDate day = after.atZone(this.zone).toLocalDate().minusDays(1);
		while (true) {
			Instant start = ZonedDateTime.of(day, this.sleep.mainSleepStartOn(day), this.zone).toInstant();
			if (!start.isBefore(after)) {
				return start;
			}
			day = day.plusDays(1);
		}
	}

	/** The base rule and the shift overlap, for one session. */
	SleepFit classify(Instant start, Instant end) {
		if (duringShift(start, end)) {
			return SleepFit.outside("DURING_SHIFT", distance(end));
		}
		if (asleepDuring(start, end)) {
			return SleepFit.outside("DURING_SLEEP", distance(end));
		}
		Instant sleepStart = nextSleepStart(end);
		Duration gap = Duration.between(end, sleepStart);
		if (gap.compareTo(LATEST_END) < 0) {
			return SleepFit.outside("TOO_CLOSE_TO_SLEEP", LATEST_END.minus(gap));
		}
		if (gap.compareTo(EARLIEST_END) > 0) {
			return SleepFit.outside("TOO_EARLY", gap.minus(EARLIEST_END));
		}
		return SleepFit.IN_WINDOW;
	}

	/** How far a session end lies from its window. */
	private Duration distance(Instant end) {
		Duration gap = Duration.between(end, nextSleepStart(end));
		if (gap.compareTo(LATEST_END) < 0) {
			return LATEST_END.minus(gap);
		}
		return gap.compareTo(EARLIEST_END) > 0 ? gap.minus(EARLIEST_END) : Duration.ZERO;
	}

	/** Whether the session falls into the client's main sleep (assumed to last 7 h). */
	private boolean asleepDuring(Instant start, Instant end) {
		Instant sleepStart = nextSleepStart(start.minus(Duration.ofHours(7)));
		return sleepStart.isBefore(end);
	}

	boolean duringShift(Instant start, Instant end) {
		LocalDate day = start.atZone(this.zone).toLocalDate();
		for (Shift shift : shiftsAround(day)) {
			if (start.isBefore(shift.end().plus(COMMUTE)) && shift.start().minus(COMMUTE).isBefore(end)) {
				return true;
			}
		}
		return false;
	}

	/** The end of the shift that finished last before an instant, on that local day. */
	Optional<Instant> shiftEndBefore(Instant instant) {
		LocalDate day = instant.atZone(this.zone).toLocalDate();
		return shiftsAround(day).stream()
			.map(Shift::end)
			.filter((end) -> !end.plus(COMMUTE).isAfter(instant))
			.filter((end) -> end.atZone(this.zone).toLocalDate().equals(day))
			.max(Instant::compareTo);
	}

	/**
	 * Whether a session qualifies for fallback b: it starts after a shift and its commute
	 * that ended that day, and ends at least 1 h before the sleep that follows the shift.
	 */
	boolean qualifiesAfterShift(Instant start, Instant end) {
		return shiftEndBefore(start).map((shiftEnd) -> !end.isAfter(nextSleepStart(shiftEnd).minus(AFTER_SHIFT_MARGIN)))
			.orElse(false);
	}

	boolean hasFixedShifts() {
		return hours(this.sleep.shiftPattern()).isPresent();
	}

	boolean isWorkday(LocalDate day) {
		return this.sleep.isWorkday(day);
	}

	ZoneId zone() {
		return this.zone;
	}

	private List<Shift> shiftsAround(LocalDate day) {
		List<Shift> shifts = new ArrayList<>();
		hours(this.sleep.shiftPattern()).ifPresent((hours) -> {
			for (LocalDate workday = day.minusDays(1); !workday.isAfter(day); workday = workday.plusDays(1)) {
				if (this.sleep.isWorkday(workday)) {
					LocalDate endDay = hours[1].isAfter(hours[0]) ? workday : workday.plusDays(1);
					shifts.add(new Shift(ZonedDateTime.of(workday, hours[0], this.zone).toInstant(),
							ZonedDateTime.of(endDay, hours[1], this.zone).toInstant()));
				}
			}
		});
		return shifts;
	}

	private static Optional<LocalTime[]> hours(ShiftPattern pattern) {
		return switch (pattern) {
			case EARLY -> Optional.of(new LocalTime[] { LocalTime.of(6, 0), LocalTime.of(14, 0) });
			case EVENING -> Optional.of(new LocalTime[] { LocalTime.of(14, 0), LocalTime.of(22, 30) });
			case NIGHT -> Optional.of(new LocalTime[] { LocalTime.of(20, 0), LocalTime.of(8, 0) });
			case NO_SHIFTS, ROTATING, IRREGULAR -> Optional.empty();
		};
	}

	private record Shift(Instant start, Instant end) {
	}

}
