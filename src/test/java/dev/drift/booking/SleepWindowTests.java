package dev.drift.booking;

import dev.drift.booking.SleepRanking.RankedSlot;
import dev.drift.booking.SlotGrid.Slot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.drift.people.ShiftPattern;
import dev.drift.people.SleepSchedule;
import dev.drift.people.TherapistId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SleepWindowTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	/** Monday 8 June 2026. */
	static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

	@ParameterizedTest
	@ValueSource(strings = { "2026-06-08", "2026-06-13", "2026-03-29", "2026-10-25", "2026-03-30" })
	void emmasSixtyMinuteSlotIsInTheWindowExactlyWhenItEndsBetween1830And2030(String date) {
		SleepWindow window = new SleepWindow(SleepSchedule.usual(), LONDON);
		LocalDate day = LocalDate.parse(date);
		for (LocalTime start = LocalTime.of(9, 0); !start.isAfter(LocalTime.of(21, 0)); start = start.plusMinutes(15)) {
			LocalTime end = start.plusMinutes(60);
			SleepFit fit = fit(window, day, start, 60);
			boolean expected = !end.isBefore(LocalTime.of(18, 30)) && !end.isAfter(LocalTime.of(20, 30));
			assertThat(fit.within()).as("%s %s–%s", day, start, end).isEqualTo(expected);
			assertThat(fit.kind()).isNotEqualTo(SleepFit.Kind.AFTER_SHIFT);
		}
		assertThat(fit(window, day, LocalTime.of(20, 0), 60).reason()).isEqualTo("TOO_CLOSE_TO_SLEEP");
		assertThat(fit(window, day, LocalTime.of(16, 0), 60).reason()).isEqualTo("TOO_EARLY");
	}

	@Test
	void earlyShiftWorkerWithBedtime2130EndsBetween1730And1930() {
		SleepWindow window = new SleepWindow(schedule("21:30", "22:30", ShiftPattern.EARLY), LONDON);

		assertThat(fit(window, MONDAY, LocalTime.of(16, 30), 60).kind()).isEqualTo(SleepFit.Kind.WINDOW);
		assertThat(fit(window, MONDAY, LocalTime.of(18, 30), 60).kind()).isEqualTo(SleepFit.Kind.WINDOW);
		assertThat(fit(window, MONDAY, LocalTime.of(18, 45), 60).reason()).isEqualTo("TOO_CLOSE_TO_SLEEP");
		assertThat(fit(window, MONDAY, LocalTime.of(16, 15), 60).reason()).isEqualTo("TOO_EARLY");
		assertThat(fit(window, MONDAY, LocalTime.of(13, 0), 60).reason()).isEqualTo("DURING_SHIFT");
		assertThat(SleepRanking.windowPossible(MONDAY, window, Duration.ofMinutes(60), SlotGridTests.clinicHours(),
				LONDON))
			.isTrue();
	}

	@Test
	void eveningShiftWorkersWindowFallsInTheShiftSoOffDaysComeFirst() {
		// evening shift 14:00–22:30 Monday to Friday, asleep 00:30 after work, 23:30 on
		// days off
		SleepWindow window = new SleepWindow(
				new SleepSchedule(LocalTime.of(0, 30), LocalTime.of(23, 30), WEEKDAYS, ShiftPattern.EVENING), LONDON);

		assertThat(fit(window, MONDAY, LocalTime.of(19, 30), 60).reason()).isEqualTo("DURING_SHIFT");
		assertThat(SleepRanking.windowPossible(MONDAY, window, Duration.ofMinutes(60), SlotGridTests.clinicHours(),
				LONDON))
			.isFalse();
		LocalDate saturday = MONDAY.plusDays(5);
		assertThat(fit(window, saturday, LocalTime.of(19, 0), 60).kind()).isEqualTo(SleepFit.Kind.WINDOW);

		List<RankedSlot> ranked = SleepRanking.rank(
				List.of(slot(MONDAY, "19:30", 60), slot(MONDAY, "10:00", 60), slot(saturday, "19:00", 60)), window,
				Duration.ofMinutes(60), SlotGridTests.clinicHours(), LONDON);
		assertThat(ranked.get(0).slot().start().toLocalDate()).isEqualTo(saturday);
		assertThat(ranked.get(0).fit().within()).isTrue();
		assertThat(ranked.subList(1, 3)).allSatisfy((slot) -> assertThat(slot.fit().within()).isFalse());
	}

	@Test
	void nightShiftWorkersWindowFallsInTheShiftSoOffDaysComeFirst() {
		// night shift 20:00–08:00, asleep 09:00 after work, 23:00 on days off (weekends)
		SleepWindow window = new SleepWindow(schedule("09:00", "23:00", ShiftPattern.NIGHT), LONDON);
		LocalDate tuesday = MONDAY.plusDays(1);

		assertThat(fit(window, tuesday, LocalTime.of(5, 0), 60).reason()).isEqualTo("DURING_SHIFT");
		assertThat(SleepRanking.windowPossible(tuesday, window, Duration.ofMinutes(60), SlotGridTests.clinicHours(),
				LONDON))
			.isFalse();
		LocalDate sunday = MONDAY.plusDays(6);
		assertThat(fit(window, sunday, LocalTime.of(18, 0), 60).kind()).isEqualTo(SleepFit.Kind.WINDOW);
		// 09:00 after the shift ends after B − 1 h (B = 09:00): no after-shift fallback
		List<RankedSlot> ranked = SleepRanking.rank(List.of(slot(tuesday, "09:00", 60), slot(tuesday, "15:00", 60)),
				window, Duration.ofMinutes(60), SlotGridTests.clinicHours(), LONDON);
		assertThat(ranked).allSatisfy((slot) -> assertThat(slot.fit().within()).isFalse());
		assertThat(ranked.get(0).fit().reason()).isEqualTo("DURING_SLEEP");
	}

	@Test
	void afterShiftFallbackOffersTheEarliestSlotAfterTheShiftEndingAnHourBeforeSleep() {
		// night shift ends 08:00, asleep 11:30: the window (ends 07:30–09:30) is before
		// opening
		SleepWindow window = new SleepWindow(schedule("11:30", "23:00", ShiftPattern.NIGHT), LONDON);
		LocalDate tuesday = MONDAY.plusDays(1);

		List<RankedSlot> ranked = SleepRanking.rank(
				List.of(slot(tuesday, "09:15", 60), slot(tuesday, "09:00", 60), slot(tuesday, "10:30", 60)), window,
				Duration.ofMinutes(60), SlotGridTests.clinicHours(), LONDON);

		assertThat(ranked.get(0).slot().start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
		assertThat(ranked.get(0).fit().kind()).isEqualTo(SleepFit.Kind.AFTER_SHIFT);
		assertThat(ranked.get(0).fit().within()).isTrue();
		assertThat(ranked.subList(1, 3)).allSatisfy((slot) -> assertThat(slot.fit().within()).isFalse());
	}

	@Test
	void rotatingShiftsUseTheSleepThatFollowsTheSession() {
		// rotating: the sleep that follows the session decides, with no fixed shift hours
		SleepWindow window = new SleepWindow(new SleepSchedule(LocalTime.of(9, 0), LocalTime.of(23, 0),
				EnumSet.of(DayOfWeek.TUESDAY), ShiftPattern.ROTATING), LONDON);

		// Monday 19:00–20:00: next sleep is Monday 23:00 (an off day) → window
		assertThat(fit(window, MONDAY, LocalTime.of(19, 0), 60).kind()).isEqualTo(SleepFit.Kind.WINDOW);
		// Monday 21:00–22:00 would be too late for 23:00; Tuesday's sleep is at 09:00,
		// after it
		assertThat(fit(window, MONDAY, LocalTime.of(21, 0), 60).reason()).isEqualTo("TOO_CLOSE_TO_SLEEP");
		assertThat(window.hasFixedShifts()).isFalse();
	}

	@Test
	void outsideSlotsNearestTheWindowComeFirst() {
		SleepWindow window = new SleepWindow(SleepSchedule.usual(), LONDON);
		List<Slot> slots = new ArrayList<>();
		for (String start : List.of("09:00", "14:00", "17:30", "19:45", "16:45")) {
			slots.add(slot(MONDAY, start, 60));
		}
		List<RankedSlot> ranked = SleepRanking.rank(slots, window, Duration.ofMinutes(60), SlotGridTests.clinicHours(),
				LONDON);
		assertThat(ranked).extracting((slot) -> slot.slot().start().toLocalTime().toString())
			.containsExactly("17:30", "19:45", "16:45", "14:00", "09:00");
	}

	static SleepSchedule schedule(String workday, String offday, ShiftPattern pattern) {
		return new SleepSchedule(LocalTime.parse(workday), LocalTime.parse(offday), WEEKDAYS, pattern);
	}

	static SleepFit fit(SleepWindow window, LocalDate day, LocalTime start, int minutes) {
		Instant from = ZonedDateTime.of(day, start, LONDON).toInstant();
		return window.classify(from, from.plus(Duration.ofMinutes(minutes)));
	}

	static Slot slot(LocalDate day, String start, int minutes) {
		ZonedDateTime from = ZonedDateTime.of(day, LocalTime.parse(start), LONDON);
		return new Slot(new TherapistId(UUID.nameUUIDFromBytes(start.getBytes())), from, from.plusMinutes(minutes));
	}

}
