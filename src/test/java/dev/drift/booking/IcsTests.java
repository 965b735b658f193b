package dev.drift.booking;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IcsTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final Instant STAMP = Instant.parse("2026-03-20T09:30:00Z");

	static AppointmentView appointment(UUID id, String status, int sequence) {
		ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 18, 0, 0, 0, LONDON);
		return new AppointmentView(id, new ClinicId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
				new TherapistId(UUID.randomUUID()), "massage-60", "Massage, 60 minutes", 60, new BigDecimal("60.00"),
				false, null, start, start.plusMinutes(60), AppointmentStatus.valueOf(status), null, sequence);
	}

	@Test
	void anInvitationIsAValidRequestWithAStableUidItsSequenceAndTheZone() throws Exception {
		UUID id = UUID.randomUUID();
		String text = Ics.message(appointment(id, "BOOKED", 2), "Drift Demo Clinic", "bookings@drift.example",
				"emma@example.org", Instant.parse("2026-03-01T10:00:00Z"));

		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		calendar.validate();
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(text).contains("METHOD:REQUEST", "UID:" + id + "@drift", "SEQUENCE:2",
				"DTSTART;TZID=Europe/London:20260329T180000", "BEGIN:VTIMEZONE", "TZID:Europe/London");
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(id + "@drift");
		assertThat(text).doesNotContain("DESCRIPTION");
	}

	@Test
	void aCancellationCarriesMethodCancelAndTheSameUid() throws Exception {
		UUID id = UUID.randomUUID();
		String text = Ics.message(appointment(id, "CANCELLED", 1), "Drift Demo Clinic", "bookings@drift.example",
				"emma@example.org", STAMP);

		new CalendarBuilder().build(new StringReader(text)).validate();
		assertThat(text).contains("METHOD:CANCEL", "UID:" + id + "@drift", "SEQUENCE:1", "STATUS:CANCELLED");
	}

	@Test
	void aFeedPublishesEveryAppointment() throws Exception {
		String text = IcsStandardsTests.feed(
				List.of(appointment(UUID.randomUUID(), "BOOKED", 0), appointment(UUID.randomUUID(), "BOOKED", 0)),
				"Drift");

		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		assertThat(calendar.getComponents("VEVENT")).hasSize(2);
		assertThat(text).contains("METHOD:PUBLISH");
	}

}
