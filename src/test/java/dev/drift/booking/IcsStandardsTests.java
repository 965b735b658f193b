package dev.drift.booking;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;
import dev.drift.shared.TimeZones;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every .ics Drift writes, checked by an independent implementation ({@link IcsCheck}):
 * invitations for a booking, a move and a cancellation, and feeds (also empty), in every
 * zone id java.time knows (the canonical ones the forms accept and the aliases older rows
 * may hold), with long UTF-8 names.
 */
class IcsStandardsTests {

	static final Instant STAMP = Instant.parse("2026-03-20T09:30:00Z");

	static final String LONG_NAME = "Deep-tissue massage for shift workers · Schlaf gut · 深い眠りのためのマッサージ · "
			+ "массаж для глубокого сна · 🌙 night-shift special, 90 minutes";

	static AppointmentView appointment(ZoneId zone, String service, String status, int sequence, ZonedDateTime local) {
		ZonedDateTime start = local.withZoneSameLocal(zone);
		return new AppointmentView(UUID.randomUUID(), new ClinicId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
				new TherapistId(UUID.randomUUID()), "massage-60", service, 60, new BigDecimal("60.00"), false, null,
				start, start.plusMinutes(60), AppointmentStatus.valueOf(status), null, sequence);
	}

	static AppointmentView appointment(ZoneId zone) {
		return appointment(zone, "Massage, 60 minutes", "BOOKED", 0,
				ZonedDateTime.of(2026, 3, 29, 18, 0, 0, 0, ZoneId.of("UTC")));
	}

	static String invitation(AppointmentView appointment) {
		return Ics.message(appointment, "Drift Demo Clinic", "bookings@drift.example", "emma@example.org", STAMP);
	}

	static String feed(List<AppointmentView> appointments, String clinicName) {
		return Ics.feed(appointments, clinicName, "bookings@drift.example", STAMP.minus(Duration.ofDays(30)),
				STAMP.plus(Duration.ofDays(91)), "test-feed", STAMP);
	}

	@Test
	void anEventHasOneDtstampAndItIsTheInjectedClocks() {
		String text = invitation(appointment(ZoneId.of("Europe/London")));

		assertThat(IcsCheck.unfolded(text).stream().filter((line) -> line.startsWith("DTSTAMP"))).singleElement()
			.isEqualTo("DTSTAMP:20260320T093000Z");
	}

	@Test
	void linesAreFoldedAt75OctetsWithoutSplittingACharacter() {
		AppointmentView appointment = appointment(ZoneId.of("Europe/London"), LONG_NAME, "BOOKED", 0,
				ZonedDateTime.of(2026, 3, 29, 18, 0, 0, 0, ZoneId.of("UTC")));
		String text = Ics.message(appointment, "Klinik für erholsamen Schlaf · Ærøskøbing", "bookings@drift.example",
				"emma@example.org", STAMP);

		assertThat(text.split("\r\n")).allSatisfy(
				(line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
		assertThat(IcsCheck.problems(text)).isEmpty();
		assertThat(IcsCheck.unfolded(text)).anySatisfy((line) -> assertThat(line).startsWith("SUMMARY:Deep-tissue")
			.contains("深い眠りのためのマッサージ", "🌙", "Ærøskøbing"));
	}

	@Test
	void anAliasZoneIsWrittenUnderItsCanonicalIdWithAMatchingVtimezone() {
		for (String alias : List.of("Europe/Kiev", "UTC", "GMT", "Asia/Calcutta", "America/Montreal")) {
			String text = invitation(appointment(ZoneId.of(alias)));

			assertThat(IcsCheck.problems(text)).as(alias).isEmpty();
		}
		assertThat(invitation(appointment(ZoneId.of("Europe/Kiev")))).contains("DTSTART;TZID=Europe/Kyiv:")
			.doesNotContain("Europe/Kiev");
	}

	@Test
	void aZoneTheCalendarLibraryLacksGetsAVtimezoneFromJavaTime() {
		AppointmentView appointment = appointment(ZoneId.of("America/Coyhaique"));

		String text = invitation(appointment);

		assertThat(IcsCheck.problems(text)).isEmpty();
		assertThat(text).contains("DTSTART;TZID=America/Coyhaique:20260329T180000", "TZID:America/Coyhaique");
		assertThat(IcsCheck.starts(text)).containsValue(appointment.start().toInstant());
	}

	@Test
	void aBareOffsetIsWrittenAsItsEtcZoneOrInUtc() {
		AppointmentView whole = appointment(ZoneOffset.ofHours(3));
		AppointmentView odd = appointment(ZoneOffset.ofHoursMinutes(5, 45));

		String wholeText = invitation(whole);
		String oddText = invitation(odd);

		assertThat(wholeText).contains("DTSTART;TZID=Etc/GMT-3:");
		assertThat(oddText).contains("DTSTART:20260329T").doesNotContain("TZID");
		assertThat(IcsCheck.problems(wholeText)).isEmpty();
		assertThat(IcsCheck.problems(oddText)).isEmpty();
		assertThat(IcsCheck.starts(wholeText)).containsValue(whole.start().toInstant());
		assertThat(IcsCheck.starts(oddText)).containsValue(odd.start().toInstant());
	}

	@Test
	void anEmptyFeedStillHasAComponent() {
		String text = feed(List.of(), "Drift Demo Clinic");

		assertThat(IcsCheck.problems(text)).isEmpty();
	}

	@Test
	void publishedFeedEventsHaveAnOrganizer() {
		String text = feed(List.of(appointment(ZoneId.of("Europe/London"))), "Drift Demo Clinic");

		assertThat(text).contains("ORGANIZER");
		assertThat(IcsCheck.problems(text)).isEmpty();
	}

	@Test
	void everyCalendarIsCleanInEveryZone() {
		Map<String, List<String>> failures = new TreeMap<>();
		ZonedDateTime spring = ZonedDateTime.of(2026, 3, 29, 18, 0, 0, 0, ZoneId.of("UTC"));
		ZonedDateTime autumn = ZonedDateTime.of(2026, 10, 25, 9, 30, 0, 0, ZoneId.of("UTC"));
		int zones = 0;
		for (String id : TimeZones.knownIds()) {
			zones++;
			ZoneId zone = ZoneId.of(id);
			AppointmentView booked = appointment(zone, LONG_NAME, "BOOKED", 0, spring);
			AppointmentView moved = appointment(zone, LONG_NAME, "BOOKED", 1, autumn);
			AppointmentView cancelled = appointment(zone, LONG_NAME, "CANCELLED", 2, autumn);
			List<String> problems = new ArrayList<>();
			List<String> texts;
			try {
				texts = List.of(invitation(booked), invitation(moved), invitation(cancelled),
						feed(List.of(booked, moved), "Ærøskøbing Søvnklinik"));
			}
			catch (RuntimeException ex) {
				failures.put(id, List.of("cannot render: " + ex));
				continue;
			}
			for (String text : texts) {
				problems.addAll(IcsCheck.problems(text));
				if (problems.isEmpty()) {
					Map<String, Instant> starts = IcsCheck.starts(text);
					for (AppointmentView a : List.of(booked, moved, cancelled)) {
						String uid = Ics.uid(a);
						if (starts.containsKey(uid) && !starts.get(uid).equals(a.start().toInstant())) {
							problems.add(uid + " starts at " + starts.get(uid) + ", not " + a.start().toInstant());
						}
					}
				}
			}
			if (!problems.isEmpty()) {
				failures.put(id, problems);
			}
		}
		assertThat(zones).isGreaterThan(590);
		assertThat(failures).as(failures.size() + " of " + zones + " zones").isEmpty();
	}

}
