package dev.drift.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
		for (LocalDate day = query.from(); !day.isAfter(last); day = day.plusDays(1)) {
			Optional<OpeningHours> open = openOn(query.clinicHours(), day);
			if (open.isEmpty()) {
				continue;
			}
			for (TherapistProfile therapist : query.therapists()) {
				if (therapist.isAwayOn(day)) {
					continue;
				}
				Optional<WorkingDay> hours = therapist.hoursOn(day.getDayOfWeek());
				if (hours.isEmpty()) {
					continue;
				}
				List<Busy> busy = query.therapistBusy().getOrDefault(therapist.id(), List.of());
				for (TimeWindow period : hours.get().periods()) {
					Optional<TimeWindow> window = intersect(period, open.get());
					if (window.isPresent()) {
						addSlots(query, therapist.id(), day, window.get(), busy, slots);
					}
				}
			}
		}
		slots.sort(Comparator.comparing((Slot slot) -> slot.start().toInstant())
			.thenComparing((slot) -> slot.therapistId().value()));
		return slots;
	}

	private static void addSlots(Query query, TherapistId therapist, LocalDate day, TimeWindow window, List<Busy> busy,
			List<Slot> slots) {
		ZoneId zone = query.zone();
		Instant windowStart = instant(day, window.start(), zone);
		Instant windowEnd = instant(day, window.end(), zone);
		for (LocalTime time = firstOnGrid(window.start()); time != null
				&& time.isBefore(window.end()); time = next(time)) {
			LocalDateTime local = day.atTime(time);
			List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
			if (offsets.isEmpty()) {
				continue; // the clocks skip this local time today
			}
			ZonedDateTime start = ZonedDateTime.ofLocal(local, zone, offsets.get(0)).withEarlierOffsetAtOverlap();
			Instant startInstant = start.toInstant();
			Instant end = startInstant.plus(query.length());
			Instant blockedUntil = end.plus(query.buffer());
			if (startInstant.isBefore(windowStart) || end.isAfter(windowEnd) || startInstant.isBefore(query.earliest())
					|| clashes(busy, startInstant, blockedUntil)
					|| clashes(query.clientBusy(), startInstant, blockedUntil)) {
				continue;
			}
			slots.add(new Slot(therapist, start, end.atZone(zone)));
		}
	}

	private static boolean clashes(List<Busy> busy, Instant start, Instant blockedUntil) {
		for (Busy span : busy) {
			if (span.clashes(start, blockedUntil)) {
				return true;
			}
		}
		return false;
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

	private static LocalTime firstOnGrid(LocalTime time) {
		int minutes = time.getHour() * 60 + time.getMinute() + (time.getSecond() > 0 || time.getNano() > 0 ? 1 : 0);
		int aligned = (minutes + STEP_MINUTES - 1) / STEP_MINUTES * STEP_MINUTES;
		return aligned >= 24 * 60 ? null : LocalTime.of(aligned / 60, aligned % 60);
	}

	private static LocalTime next(LocalTime time) {
		LocalTime next = time.plusMinutes(STEP_MINUTES);
		return next.isBefore(time) || next.equals(LocalTime.MIDNIGHT) ? null : next;
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
	}

}
