package dev.drift.booking;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import dev.drift.Http;
import dev.drift.MailTest;
import dev.drift.MutableClock;
import dev.drift.TestSmtp;
import dev.drift.notify.OutboxDeliveries;
import dev.drift.people.ClientProfile;
import dev.drift.people.TherapistProfile;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@MailTest
@Import(BookingFixture.class)
class BookingMailTests {

	@LocalServerPort
	int port;

	@Autowired
	BookingFixture fixture;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	Reminders reminders;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void aConfirmationWithAValidInvitationArrivesOnceAndACancelSendsMethodCancelWithTheSameUid() throws Exception {
		Http http = new Http(this.port);
		String admin = this.fixture.bearer("admin@demo.drift");
		TherapistProfile therapist = this.fixture.therapist();
		ClientProfile client = this.fixture.client();
		LocalDate day = this.fixture.wednesday(2);
		HttpResponse<String> booked = http.json("POST", "/api/v1/appointments", BookingFixture
			.booking(client.id().value(), therapist.id().value(), "massage-60", BookingFixture.at(day, "18:00")),
				"Authorization", admin);
		String id = this.json.readTree(booked.body()).get("id").asString();

		OutboxDeliveries.deliverAll(this.context);
		OutboxDeliveries.deliverAll(this.context);

		List<MimeMessage> inbox = TestSmtp.messagesTo(client.email());
		assertThat(inbox).hasSize(1);
		assertThat(inbox.get(0).getSubject()).startsWith("Booked: Massage, 60 minutes");
		String invite = ics(inbox.get(0));
		new CalendarBuilder().build(new StringReader(invite)).validate();
		assertThat(invite).contains("METHOD:REQUEST", "UID:" + id + "@drift", "SEQUENCE:0",
				"DTSTART;TZID=Europe/London:");

		http.json("POST", "/api/v1/appointments/" + id + "/cancel", "{}", "Authorization", admin);
		OutboxDeliveries.deliverAll(this.context);

		inbox = TestSmtp.messagesTo(client.email());
		assertThat(inbox).hasSize(2);
		String cancel = ics(inbox.get(1));
		new CalendarBuilder().build(new StringReader(cancel)).validate();
		assertThat(cancel).contains("METHOD:CANCEL", "UID:" + id + "@drift", "SEQUENCE:1");
		assertThat(inbox.get(1).getSubject()).startsWith("Cancelled:");
	}

	@Test
	void theReminderGoesOnce24HoursBefore() throws Exception {
		Http http = new Http(this.port);
		String admin = this.fixture.bearer("admin@demo.drift");
		TherapistProfile therapist = this.fixture.therapist();
		ClientProfile client = this.fixture.client();
		LocalDate day = this.fixture.wednesday(2).plusDays(1);
		http.json("POST", "/api/v1/appointments", BookingFixture.booking(client.id().value(), therapist.id().value(),
				"massage-30", BookingFixture.at(day, "10:00")), "Authorization", admin);

		this.clock.set(ZonedDateTime.of(day.minusDays(1), LocalTime.of(9, 0), BookingFixture.LONDON).toInstant());
		this.reminders.sendDue();
		this.clock.set(ZonedDateTime.of(day.minusDays(1), LocalTime.of(10, 30), BookingFixture.LONDON).toInstant());
		this.reminders.sendDue();
		this.reminders.sendDue();
		OutboxDeliveries.deliverAll(this.context);

		List<MimeMessage> inbox = TestSmtp.messagesTo(client.email());
		assertThat(inbox).extracting(MimeMessage::getSubject)
			.containsExactly("Booked: Massage, 30 minutes at Drift Demo Clinic",
					"Tomorrow: Massage, 30 minutes at Drift Demo Clinic");
	}

	static String ics(MimeMessage message) throws Exception {
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			String found = find(multipart.getBodyPart(i));
			if (found != null) {
				return found;
			}
		}
		throw new AssertionError("no .ics attachment");
	}

	private static String find(BodyPart part) throws Exception {
		if (part.getContent() instanceof Multipart nested) {
			for (int i = 0; i < nested.getCount(); i++) {
				String found = find(nested.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
			try (InputStream in = part.getInputStream()) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				in.transferTo(out);
				return out.toString(StandardCharsets.UTF_8);
			}
		}
		return null;
	}

}
