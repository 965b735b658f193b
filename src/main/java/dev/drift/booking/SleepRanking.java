package dev.drift.booking;

import dev.drift.booking.SlotGrid.Slot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.drift.people.OpeningHours;

/**
 * Marks each free slot against the client's sleep window and orders them as §2.4 asks:
 * window slots first (off days included, fallback a), then the after-shift slot of a work
 * day whose window cannot be met (fallback b), then the rest, nearest the window first
 * (fallback c).
 */
final class SleepRanking {

	private SleepRanking() {
	}

	static List<RankedSlot> rank(List<Slot> slots, SleepWindow window, Duration length, List<OpeningHours> clinicHours,
			ZoneId clinicZone) {
		Map<LocalDate, List<RankedSlot>> byDay = new LinkedHashMap<>();
		// therapists share start times: classify each (start, end) once per search
		Map<Instant, Map<Instant, SleepFit>> fits = new HashMap<>();
		for (Slot slot : slots) {
			Instant start = slot.start().toInstant();
			Instant end = slot.end().toInstant();
			SleepFit fit = fits.computeIfAbsent(start, (key) -> new HashMap<>(2))
				.computeIfAbsent(end, (key) -> window.classify(start, end));
			byDay.computeIfAbsent(slot.start().toLocalDate(), (day) -> new ArrayList<>())
				.add(new RankedSlot(slot, fit));
		}
		List<RankedSlot> ranked = new ArrayList<>();
		byDay.forEach((day, daySlots) -> {
			if (window.hasFixedShifts() && !windowPossible(day, window, length, clinicHours, clinicZone)) {
				markAfterShift(daySlots, window);
			}
			ranked.addAll(daySlots);
		});
		ranked.sort(Comparator.comparingInt((RankedSlot slot) -> slot.fit().rank())
			.thenComparing((slot) -> slot.fit().distance())
			.thenComparing(RankedSlot::slot, Slot::byTime));
		return ranked;
	}

	private static void markAfterShift(List<RankedSlot> daySlots, SleepWindow window) {
		Optional<Instant> earliest = daySlots.stream()
			.filter((slot) -> slot.fit().kind() == SleepFit.Kind.OUTSIDE && !"DURING_SHIFT".equals(slot.fit().reason()))
			.filter((slot) -> window.qualifiesAfterShift(slot.slot().start().toInstant(),
					slot.slot().end().toInstant()))
			.map((slot) -> slot.slot().start().toInstant())
			.min(Instant::compareTo);
		earliest.ifPresent((start) -> daySlots.replaceAll((slot) -> slot.slot().start().toInstant().equals(start)
				? new RankedSlot(slot.slot(), SleepFit.AFTER_SHIFT) : slot));
	}

	/**
	 * Whether any session of this length inside the clinic's hours that day could end in
	 * the window, outside the shift and commute (whoever is free).
	 */
	static boolean windowPossible(LocalDate day, SleepWindow window, Duration length, List<OpeningHours> clinicHours,
			ZoneId clinicZone) {
		Optional<OpeningHours> open = SlotGrid.openOn(clinicHours, day);
		if (open.isEmpty()) {
			return false;
		}
		Instant closes = SlotGrid.instant(day, open.get().closes(), clinicZone);
		for (LocalTime time = open.get().opens(); time
			.isBefore(open.get().closes()); time = time.plusMinutes(SlotGrid.STEP_MINUTES)) {
			Instant start = SlotGrid.instant(day, time, clinicZone);
			Instant end = start.plus(length);
			if (!end.isAfter(closes) && window.classify(start, end).kind() == SleepFit.Kind.WINDOW) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A free slot with its place against the client's sleep window.
	 */
	record RankedSlot(Slot slot, SleepFit fit) {
	}

}
