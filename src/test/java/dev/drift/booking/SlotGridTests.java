package dev.drift.booking;

import dev.drift.booking.SlotGrid.Slot;
import dev.drift.booking.SlotGrid.Busy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.drift.people.ClinicId;
import dev.drift.people.OpeningHours;
import dev.drift.people.TherapistId;
import dev.drift.people.TherapistProfile;
import dev.drift.people.TimeOff;
import dev.drift.people.WorkingDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlotGridTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final TherapistId MAYA = new TherapistId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

	static Stream<Arguments> clockChanges() {
		return Stream.of(Arguments.of(LONDON, LocalDate.of(2026, 3, 29)),
				Arguments.of(LONDON, LocalDate.of(2026, 10, 25)), Arguments.of(NEW_YORK, LocalDate.of(2026, 3, 8)),
				Arguments.of(NEW_YORK, LocalDate.of(2026, 11, 1)));
	}

	@ParameterizedTest
	@MethodSource("clockChanges")
	void theWeekOfAClockChangeOffersTheSameLocalTimesAsTheWeeksAroundIt(ZoneId zone, LocalDate change) {
		LocalDate from = change.minusDays(10);
		LocalDate to = change.plusDays(10);
		List<Slot> slots = SlotGrid.slots(query(zone, from, to, everyDay("09:00", "21:00"), 60, 15, List.of()));

		List<LocalTime> expected = Stream.iterate(LocalTime.of(9, 0), (t) -> t.plusMinutes(15)).limit(45).toList();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			LocalDate date = day;
			List<Slot> ofDay = slots.stream().filter((slot) -> slot.start().toLocalDate().equals(date)).toList();
			assertThat(ofDay).extracting((slot) -> slot.start().toLocalTime()).as(day.toString()).isEqualTo(expected);
			for (Slot slot : ofDay) {
				assertThat(slot.start().getOffset()).isEqualTo(zone.getRules().getOffset(slot.start().toInstant()));
				assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(60));
				assertThat(slot.end().toLocalTime()).isEqualTo(slot.start().toLocalTime().plusHours(1));
			}
		}
		assertThat(new HashSet<>(slots.stream().map((slot) -> slot.start().toInstant()).toList()))
			.hasSize(slots.size());
	}

	@Test
	void skipsLocalTimesTheClocksJumpOverAndOffersRepeatedOnesOnce() {
		List<WorkingDay> night = everyDay("00:00", "04:00");
		LocalDate spring = LocalDate.of(2026, 3, 29);
		LocalDate autumn = LocalDate.of(2026, 10, 25);
		List<Slot> springSlots = SlotGrid.slots(query(LONDON, spring, spring, night, 30, 0,
				List.of(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(4, 0)))));
		List<Slot> autumnSlots = SlotGrid.slots(query(LONDON, autumn, autumn, night, 30, 0,
				List.of(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(4, 0)))));

		assertThat(springSlots).extracting((slot) -> slot.start().toLocalTime().toString())
			.containsExactly("00:00", "00:15", "00:30", "00:45", "02:00", "02:15", "02:30", "02:45", "03:00", "03:15",
					"03:30");
		assertThat(springSlots.get(3).end().toLocalTime()).isEqualTo(LocalTime.of(2, 15));
		assertThat(autumnSlots).hasSize(15);
		assertThat(autumnSlots).extracting((slot) -> slot.start().toLocalTime())
			.doesNotHaveDuplicates()
			.contains(LocalTime.of(1, 0), LocalTime.of(1, 45));
		assertThat(autumnSlots.stream().filter((slot) -> slot.start().getHour() == 1))
			.allSatisfy((slot) -> assertThat(slot.start().getOffset().getTotalSeconds()).isEqualTo(3600));
	}

	@Test
	void keepsTheBufferAfterEveryAppointment() {
		LocalDate day = LocalDate.of(2026, 6, 10);
		Instant booked = ZonedDateTime.of(day, LocalTime.of(12, 0), LONDON).toInstant();
		Busy busy = new Busy(booked, booked.plus(Duration.ofMinutes(75)));
		SlotGrid.Query query = new SlotGrid.Query(LONDON, day, day, Duration.ofMinutes(60), Duration.ofMinutes(15),
				Instant.EPOCH, day.plusDays(90), clinicHours(),
				List.of(therapist(everyDay("09:00", "21:00"), List.of())), Map.of(MAYA, List.of(busy)), List.of());

		List<String> starts = SlotGrid.slots(query)
			.stream()
			.map((slot) -> slot.start().toLocalTime().toString())
			.toList();

		assertThat(starts).contains("10:45", "13:15").doesNotContain("11:00", "12:00", "13:00");
	}

	@Test
	void aClientsOwnAppointmentBlocksEveryTherapist() {
		LocalDate day = LocalDate.of(2026, 6, 10);
		Instant booked = ZonedDateTime.of(day, LocalTime.of(12, 0), LONDON).toInstant();
		SlotGrid.Query query = new SlotGrid.Query(LONDON, day, day, Duration.ofMinutes(60), Duration.ofMinutes(15),
				Instant.EPOCH, day.plusDays(90), clinicHours(),
				List.of(therapist(everyDay("09:00", "21:00"), List.of())), Map.of(),
				List.of(new Busy(booked, booked.plus(Duration.ofMinutes(75)))));

		assertThat(SlotGrid.slots(query)).extracting((slot) -> slot.start().toLocalTime().toString())
			.doesNotContain("11:00", "12:00", "13:00");
	}

	@Test
	void respectsBreaksTimeOffClinicHoursLeadTimeAndHorizon() {
		LocalDate monday = LocalDate.of(2026, 6, 8);
		List<WorkingDay> hours = Arrays.stream(DayOfWeek.values())
			.map((d) -> new WorkingDay(d, LocalTime.of(8, 0), LocalTime.of(22, 0), LocalTime.of(12, 0),
					LocalTime.of(13, 0)))
			.toList();
		Instant earliest = ZonedDateTime.of(monday, LocalTime.of(15, 0), LONDON).toInstant();
		SlotGrid.Query query = new SlotGrid.Query(LONDON, monday, monday.plusDays(6), Duration.ofMinutes(60),
				Duration.ofMinutes(15), earliest, monday.plusDays(3), clinicHours(),
				List.of(therapist(hours, List.of(new TimeOff(monday.plusDays(1), monday.plusDays(1), "away")))),
				Map.of(), List.of());

		List<Slot> slots = SlotGrid.slots(query);

		assertThat(slots).extracting((slot) -> slot.start().toLocalDate())
			.containsOnly(monday, monday.plusDays(2), monday.plusDays(3));
		assertThat(slots).filteredOn((slot) -> slot.start().toLocalDate().equals(monday))
			.extracting((slot) -> slot.start().toLocalTime())
			.first()
			.isEqualTo(LocalTime.of(15, 0));
		assertThat(slots).filteredOn((slot) -> slot.start().toLocalDate().equals(monday.plusDays(2)))
			.extracting((slot) -> slot.start().toLocalTime().toString())
			.startsWith("09:00")
			.contains("11:00", "13:00", "20:00")
			.doesNotContain("11:15", "12:00", "12:45", "20:15");
	}

	static SlotGrid.Query query(ZoneId zone, LocalDate from, LocalDate to, List<WorkingDay> hours, int minutes,
			int buffer, List<OpeningHours> clinicHours) {
		return new SlotGrid.Query(zone, from, to, Duration.ofMinutes(minutes), Duration.ofMinutes(buffer),
				Instant.EPOCH, to.plusDays(1), clinicHours.isEmpty() ? clinicHours() : clinicHours,
				List.of(therapist(hours, List.of())), Map.of(), List.of());
	}

	static List<OpeningHours> clinicHours() {
		return Arrays.stream(DayOfWeek.values())
			.map((d) -> new OpeningHours(d, LocalTime.of(9, 0), LocalTime.of(21, 0)))
			.toList();
	}

	static List<WorkingDay> everyDay(String from, String to) {
		return Arrays.stream(DayOfWeek.values())
			.map((d) -> new WorkingDay(d, LocalTime.parse(from), LocalTime.parse(to), null, null))
			.toList();
	}

	static TherapistProfile therapist(List<WorkingDay> hours, List<TimeOff> off) {
		return new TherapistProfile(MAYA, new ClinicId(UUID.randomUUID()), "Maya", "", Set.of(), hours, off);
	}

}
