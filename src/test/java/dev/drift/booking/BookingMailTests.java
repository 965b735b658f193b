package dev.drift.booking;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.drift.Http;
import dev.drift.MailTest;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.TestSmtp;
import dev.drift.notify.OutboxDeliveries;
import dev.drift.accounts.NewStaff;
import dev.drift.people.ClientDetails;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.ContactPreferences;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.HealthDataConsent;
import dev.drift.people.NewClient;
import dev.drift.people.OpeningHours;
import dev.drift.people.Role;
import dev.drift.people.SleepSchedule;
import dev.drift.people.TherapistDetails;
import dev.drift.people.TherapistProfile;
import dev.drift.people.WorkingDay;
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
		assertThat(IcsCheck.problems(invite)).isEmpty();
		assertThat(invite).contains("METHOD:REQUEST", "UID:" + id + "@drift", "SEQUENCE:0",
				"DTSTART;TZID=Europe/London:");

		http.json("POST", "/api/v1/appointments/" + id + "/cancel", "{}", "Authorization", admin);
		OutboxDeliveries.deliverAll(this.context);

		inbox = TestSmtp.messagesTo(client.email());
		assertThat(inbox).hasSize(2);
		String cancel = ics(inbox.get(1));
		new CalendarBuilder().build(new StringReader(cancel)).validate();
		assertThat(IcsCheck.problems(cancel)).isEmpty();
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

	@Test
	void aSameDayAppointmentsReminderSaysTodayNotTomorrow() throws Exception {
		Http http = new Http(this.port);
		String admin = this.fixture.bearer("admin@demo.drift");
		TherapistProfile therapist = this.fixture.therapist();
		ClientProfile client = this.fixture.client();
		LocalDate day = this.fixture.wednesday(3);
		this.clock.set(ZonedDateTime.of(day, LocalTime.of(8, 0), BookingFixture.LONDON).toInstant());
		http.json("POST", "/api/v1/appointments", BookingFixture.booking(client.id().value(), therapist.id().value(),
				"massage-30", BookingFixture.at(day, "18:00")), "Authorization", admin);

		this.reminders.sendDue();
		OutboxDeliveries.deliverAll(this.context);

		assertThat(TestSmtp.messagesTo(client.email())).extracting(MimeMessage::getSubject)
			.containsExactly("Booked: Massage, 30 minutes at Drift Demo Clinic",
					"Today: Massage, 30 minutes at Drift Demo Clinic");
	}

	@Test
	void aClinicInAmericaCoyhaiqueBooksMovesAndCancelsWithCleanCalendars() throws Exception {
		ZoneId coyhaique = ZoneId.of("America/Coyhaique");
		List<OpeningHours> open = Arrays.stream(DayOfWeek.values())
			.map((day) -> new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(20, 0)))
			.toList();
		ClinicProfile clinic = this.fixture.people
			.openClinic(new ClinicDetails("Clínica del Sueño Coyhaique " + UUID.randomUUID().toString().substring(0, 8),
					coyhaique, Locale.forLanguageTag("es-CL"), "CLP", new EmergencyNumbers("131", "131"), open,
					ClinicSettings.defaults().withoutStaffMfa()));
		String adminEmail = "admin-" + UUID.randomUUID() + "@test.example";
		this.fixture.accounts.createFirstAdmin(clinic.id(),
				new NewStaff("Admin Coyhaique", adminEmail, Role.ADMIN, "coyhaique-admin-pw"));
		String admin = this.fixture.bearer(adminEmail);
		TherapistProfile therapist = this.fixture.people.joinTherapist(clinic.id(),
				new TherapistDetails("Tomás Núñez", "", Set.of(),
						Arrays.stream(DayOfWeek.values())
							.map((day) -> new WorkingDay(day, LocalTime.of(9, 0), LocalTime.of(19, 0), null, null))
							.toList()));
		ClientProfile client = ScreenedClients.cleared(this.fixture.intake, this.fixture.actor(adminEmail),
				this.fixture.people.registerClient(clinic.id(),
						new NewClient("coyhaique-" + UUID.randomUUID() + "@example.org",
								new ClientDetails("Ñandú Pérez", "", LocalDate.of(1985, 5, 5), coyhaique,
										ContactPreferences.emailOnly()),
								SleepSchedule.usual(), new HealthDataConsent(this.clock.instant(), coyhaique))));
		LocalDate day = LocalDate.now(this.clock.withZone(coyhaique))
			.plusWeeks(2)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(11, 0), coyhaique);
		ZonedDateTime moved = start.plusDays(1).plusHours(1);
		Http http = new Http(this.port);

		HttpResponse<String> booked = http.json("POST", "/api/v1/appointments",
				BookingFixture.booking(client.id().value(), therapist.id().value(), "massage-60",
						DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start)),
				"Authorization", admin);

		if (booked.statusCode() != 201) {
			// a calendar that cannot be written must not leave a half-done booking behind
			assertThat(http
				.get("/api/v1/appointments?from=" + day + "&to=" + day.plusDays(1) + "&clientId=" + client.id().value(),
						"Authorization", admin)
				.body()).isEqualTo("[]");
		}
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		String id = this.json.readTree(booked.body()).get("id").asString();
		HttpResponse<String> rescheduled = http.json("POST", "/api/v1/appointments/" + id + "/reschedule",
				"{\"start\":\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moved) + "\"}", "Authorization", admin);
		assertThat(rescheduled.statusCode()).as(rescheduled.body()).isEqualTo(200);
		String path = this.json.readTree(http.json("POST", "/api/v1/calendar/feed", "", "Authorization", admin).body())
			.get("path")
			.asString();
		String feed = new Http(this.port).get(path).body();
		assertThat(
				http.json("POST", "/api/v1/appointments/" + id + "/cancel", "{}", "Authorization", admin).statusCode())
			.isEqualTo(200);
		OutboxDeliveries.deliverAll(this.context);

		assertThat(IcsCheck.problems(feed)).isEmpty();
		assertThat(feed).contains("METHOD:PUBLISH", "DTSTART;TZID=America/Coyhaique:",
				"ORGANIZER;CN=\"Clínica del Sueño");
		assertThat(IcsCheck.starts(feed)).containsEntry(id + "@drift", moved.toInstant());
		List<String> invitations = new java.util.ArrayList<>();
		for (MimeMessage message : TestSmtp.messagesTo(client.email())) {
			invitations.add(ics(message));
		}
		assertThat(invitations).hasSize(3);
		assertThat(invitations).allSatisfy((ics) -> assertThat(IcsCheck.problems(ics)).isEmpty());
		assertThat(IcsCheck.starts(invitations.get(0))).containsEntry(id + "@drift", start.toInstant());
		assertThat(IcsCheck.starts(invitations.get(1))).containsEntry(id + "@drift", moved.toInstant());
		assertThat(invitations.get(2)).contains("METHOD:CANCEL", "SEQUENCE:2");
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
