package dev.drift.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.drift.people.OpeningHours;
import dev.drift.people.TherapistId;
import dev.drift.people.TherapistProfile;
import dev.drift.people.WorkingDay;
import dev.drift.shared.TimeWindow;
import java.util.Objects;

/**
 * Free slots on a 15-minute grid of local clock time in the clinic's zone. Working hours,
 * breaks and opening hours are local times, so a day of a clock change keeps the same
 * local slot times as any other day: a start that does not exist that day (inside a
 * spring-forward gap) is skipped, and a start that exists twice (inside a fall-back
 * overlap) is offered once, at its earlier offset. Lengths are real elapsed time.
 */
final class SlotGrid {

	static final int STEP_MINUTES = 15;

	static final int MINUTES_PER_DAY = 24 * 60;

	/** A grid time the clocks skip that day. */
	static final long NO_TIME = Long.MIN_VALUE;

	/**
	 * What slots are computed from.
	 *
	 * @param earliest no slot starts before (now plus the lead time)
	 * @param lastDay no slot starts after this local day (today plus the horizon)
	 * @param therapistBusy each therapist's appointments, their buffers included
	 * @param clientBusy the client's own appointments (a client cannot be in two rooms)
	 */
	record Query(ZoneId zone, LocalDate from, LocalDate to, Duration length, Duration buffer, Instant earliest,
			LocalDate lastDay, List<OpeningHours> clinicHours, List<TherapistProfile> therapists,
			Map<TherapistId, List<Busy>> therapistBusy, List<Busy> clientBusy) {
	}

	private SlotGrid() {
	}

	static List<Slot> slots(Query query) {
		List<Slot> slots = new ArrayList<>();
		LocalDate last = query.to().isAfter(query.lastDay()) ? query.lastDay() : query.to();
		Spans client = Spans.of(query.clientBusy());
		Map<TherapistId, Spans> therapistSpans = new HashMap<>();
		ZoneRules rules = query.zone().getRules();
		for (LocalDate day = query.from(); !day.isAfter(last); day = day.plusDays(1)) {
			Optional<OpeningHours> open = openOn(query.clinicHours(), day);
			if (open.isEmpty()) {
				continue;
			}
			long[] grid = grid(day, rules);
			Times times = new Times(query.zone(), grid.length);
			for (TherapistProfile therapist : query.therapists()) {
				if (therapist.isAwayOn(day)) {
					continue;
				}
				Optional<WorkingDay> hours = therapist.hoursOn(day.getDayOfWeek());
				if (hours.isEmpty()) {
					continue;
				}
				Spans busy = therapistSpans.computeIfAbsent(therapist.id(),
						(id) -> Spans.of(query.therapistBusy().getOrDefault(id, List.of())));
				for (TimeWindow period : hours.get().periods()) {
					Optional<TimeWindow> window = intersect(period, open.get());
					if (window.isPresent()) {
						addSlots(query, therapist.id(), day, grid, times, window.get(), busy, client, slots);
					}
				}
			}
		}
		slots.sort(Slot::byTime);
		return slots;
	}

	/**
	 * Each time of a local day's 15-minute grid as epoch seconds, at the earlier offset
	 * where the time exists twice (a fall-back overlap), or {@link #NO_TIME} where the
	 * clocks skip it (a spring-forward gap). Worked out once per day for all therapists.
	 */
	static long[] grid(LocalDate day, ZoneRules rules) {
		long[] starts = new long[MINUTES_PER_DAY / STEP_MINUTES];
		for (int i = 0; i < starts.length; i++) {
			LocalDateTime local = day.atTime(i * STEP_MINUTES / 60, i * STEP_MINUTES % 60);
			List<ZoneOffset> offsets = rules.getValidOffsets(local);
			starts[i] = offsets.isEmpty() ? NO_TIME : local.toEpochSecond(offsets.get(0));
		}
		return starts;
	}

	private static void addSlots(Query query, TherapistId therapist, LocalDate day, long[] grid, Times times,
			TimeWindow window, Spans busy, Spans client, List<Slot> slots) {
		ZoneId zone = query.zone();
		long windowStart = instant(day, window.start(), zone).getEpochSecond();
		long windowEnd = instant(day, window.end(), zone).getEpochSecond();
		long earliest = ceilSeconds(query.earliest());
		long length = query.length().getSeconds();
		long blocked = length + query.buffer().getSeconds();
		int endSecond = window.end().toSecondOfDay();
		for (int i = firstOnGrid(window.start()); i < grid.length && i * STEP_MINUTES * 60 < endSecond; i++) {
			long start = grid[i];
			if (start == NO_TIME) {
				continue; // the clocks skip this local time today
			}
			long end = start + length;
			if (start < windowStart || end > windowEnd || start < earliest || busy.clashes(start, start + blocked)
					|| client.clashes(start, start + blocked)) {
				continue;
			}
			slots.add(new Slot(therapist, times.start(i, start), times.end(i, end)));
		}
	}

	/**
	 * One day's slot times as zoned date-times, made once per grid time and shared by
	 * every therapist free then.
	 */
	private static final class Times {

		private final ZoneId zone;

		private final ZonedDateTime[] starts;

		private final ZonedDateTime[] ends;

		Times(ZoneId zone, int size) {
			this.zone = zone;
			this.starts = new ZonedDateTime[size];
			this.ends = new ZonedDateTime[size];
		}

		ZonedDateTime start(int index, long epochSecond) {
			return made(this.starts, index, epochSecond);
		}

		ZonedDateTime end(int index, long epochSecond) {
			return made(this.ends, index, epochSecond);
		}

		private ZonedDateTime made(ZonedDateTime[] made, int index, long epochSecond) {
			if (made[index] == null) {
				made[index] = Instant.ofEpochSecond(epochSecond).atZone(this.zone);
			}
			return made[index];
		}

	}

	/** Whole seconds not before the instant (slot starts are whole seconds). */
	private static long ceilSeconds(Instant instant) {
		if (instant.equals(Instant.MIN)) {
			return Long.MIN_VALUE;
		}
		return instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
	}

	/**
	 * Busy spans merged into disjoint intervals sorted by time (epoch seconds, start
	 * rounded down and end up, which keeps every clash for whole-second slot times): a
	 * clash is one binary search instead of a scan of every appointment per slot.
	 */
	record Spans(long[] starts, long[] untils) {

		static Spans of(List<Busy> busy) {
			List<Busy> sorted = new ArrayList<>(busy);
			sorted.sort(Comparator.comparing(Busy::start));
			long[] starts = new long[sorted.size()];
			long[] untils = new long[sorted.size()];
			int n = 0;
			for (Busy span : sorted) {
				long start = span.start().getEpochSecond();
				long until = ceilSeconds(span.until());
				if (n > 0 && start <= untils[n - 1]) {
					untils[n - 1] = Math.max(untils[n - 1], until);
				}
				else {
					starts[n] = start;
					untils[n] = until;
					n++;
				}
			}
			return new Spans(Arrays.copyOf(starts, n), Arrays.copyOf(untils, n));
		}

		/** Whether a session [start, blockedUntil) touches any span. */
		boolean clashes(long start, long blockedUntil) {
			// the first span that ends after the start (ends are increasing)
			int low = 0;
			int high = this.untils.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (this.untils[middle] <= start) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return low < this.starts.length && this.starts[low] < blockedUntil;
		}

	}

	/**
	 * The local instant of a wall-clock time; a time in a gap moves forward by the gap.
	 */
	static Instant instant(LocalDate day, LocalTime time, ZoneId zone) {
		return ZonedDateTime.of(day, time, zone).withEarlierOffsetAtOverlap().toInstant();
	}

	static Optional<OpeningHours> openOn(List<OpeningHours> hours, LocalDate day) {
		return hours.stream().filter((open) -> open.dayOfWeek() == day.getDayOfWeek()).findFirst();
	}

	private static Optional<TimeWindow> intersect(TimeWindow period, OpeningHours open) {
		LocalTime start = period.start().isAfter(open.opens()) ? period.start() : open.opens();
		LocalTime end = period.end().isBefore(open.closes()) ? period.end() : open.closes();
		return start.isBefore(end) ? Optional.of(new TimeWindow(start, end)) : Optional.empty();
	}

	/**
	 * The index of the first grid time not before the time (the grid's length if none).
	 */
	private static int firstOnGrid(LocalTime time) {
		int minutes = time.getHour() * 60 + time.getMinute() + (time.getSecond() > 0 || time.getNano() > 0 ? 1 : 0);
		return (minutes + STEP_MINUTES - 1) / STEP_MINUTES;
	}

	/**
	 * A span no new session may touch: an appointment from its start to its end plus the
	 * buffer that follows it.
	 */
	record Busy(Instant start, Instant until) {

		Busy {
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(until, "until");
			if (!start.isBefore(until)) {
				throw new IllegalArgumentException("A busy span must start before it ends");
			}
		}

		/**
		 * Whether a session [start, end) followed by its own buffer would touch this
		 * span.
		 */
		boolean clashes(Instant sessionStart, Instant sessionBlockedUntil) {
			return sessionStart.isBefore(this.until) && this.start.isBefore(sessionBlockedUntil);
		}

	}

	/**
	 * A free start time of one therapist, in the clinic's zone.
	 */
	record Slot(TherapistId therapistId, ZonedDateTime start, ZonedDateTime end) {

		/**
		 * Earlier start first, then by therapist id. Sorting thousands of slots compares
		 * start times many times over; slots of one grid time share one start object, so
		 * the instant is worked out only when the objects differ.
		 */
		static int byTime(Slot a, Slot b) {
			ZonedDateTime x = a.start();
			ZonedDateTime y = b.start();
			if (x != y) {
				int bySecond = Long.compare(x.toEpochSecond(), y.toEpochSecond());
				if (bySecond != 0) {
					return bySecond;
				}
				int byNano = Integer.compare(x.getNano(), y.getNano());
				if (byNano != 0) {
					return byNano;
				}
			}
			return a.therapistId().value().compareTo(b.therapistId().value());
		}

	}

}
