package dev.drift.booking;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.drift.people.TherapistId;

/**
 * A slot as the pages show it, in the viewer's zone.
 */
record SlotRow(String therapistId, String therapistName, String start, String day, String time, boolean window,
		String reason) {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	static SlotRow of(AvailableSlot slot, ZoneId viewer, Map<TherapistId, String> names) {
		ZonedDateTime start = slot.start().withZoneSameInstant(viewer);
		ZonedDateTime end = slot.end().withZoneSameInstant(viewer);
		return new SlotRow(slot.therapistId().toString(), names.getOrDefault(slot.therapistId(), ""),
				BookingApiController.iso(slot.start()), DAY.format(start), TIME.format(start) + "–" + TIME.format(end),
				slot.withinSleepWindow(), slot.reason());
	}

	/**
	 * The slots grouped by day in their order, for the compact list: one heading per day
	 * and its times side by side, so a week fits a phone without a wall of cards.
	 */
	static List<Day> byDay(List<SlotRow> rows) {
		return rows.stream()
			.collect(Collectors.groupingBy(SlotRow::day, LinkedHashMap::new, Collectors.toList()))
			.entrySet()
			.stream()
			.map((entry) -> new Day(entry.getKey(), entry.getValue()))
			.toList();
	}

	/** One day of the compact list. */
	record Day(String day, List<SlotRow> slots) {

		Day {
			slots = List.copyOf(slots);
		}

	}

	static String zoneName(ZoneId zone, ZonedDateTime at) {
		return zone.getId() + " (" + DateTimeFormatter.ofPattern("zzz", Locale.UK).format(at.withZoneSameInstant(zone))
				+ ")";
	}

}
