package dev.drift.frontdesk;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.Http;
import dev.drift.MailTest;
import dev.drift.MailText;
import dev.drift.TestSmtp;
import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booked;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingFixture;
import dev.drift.booking.BookingRequest;
import dev.drift.notify.OutboxDeliveries;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistProfile;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 defect 2: time off over booked appointments. The admin's time off lists the
 * appointments booked in those days and is saved only when each has a decision — moved to
 * a time the client agreed to, or cancelled with a message to the client — through
 * booking, so the clients get the usual emails (read from GreenMail).
 */
@MailTest
@Import(BookingFixture.class)
class TimeOffClashTests {

	static final Pattern FIRST_CHOICE = Pattern.compile("<option value=\"([0-9a-f-]{36}_[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	BookingFixture fixture;

	@Autowired
	Booking booking;

	@Autowired
	People people;

	@Autowired
	ApplicationContext context;

	@Test
	void timeOffOverBookedAppointmentsListsTheClashesAndSavesNothingUntilEachIsDecided() {
		TherapistProfile therapist = this.fixture.therapist();
		LocalDate day = this.fixture.wednesday(5);
		Booked morning = book(this.fixture.client(), therapist, day, "10:00");
		Booked next = book(this.fixture.client(), therapist, day.plusDays(1), "15:00");
		Http admin = admin();
		String path = "/admin/therapists/" + therapist.id().value() + "/time-off";

		HttpResponse<String> listed = admin.form(path, timeOff(admin, therapist, day));

		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(listed.body())
			.contains("Booked appointments in this time off (2)", "Massage, 60 minutes on Wednesday", "10:00", "15:00",
					"name=\"decision-" + morning.appointment().id() + "\"",
					"name=\"decision-" + next.appointment().id() + "\"")
			.doesNotContain("Choose whether to move or cancel");
		assertNothingSaved(therapist, day, morning, next);

		Map<String, Object> half = timeOff(admin, therapist, day);
		half.put("decided", "true");
		half.put("decision-" + morning.appointment().id(), "move");
		half.put("slot-" + morning.appointment().id(), first(FIRST_CHOICE, listed.body()));
		half.put("decision-" + next.appointment().id(), "cancel");
		half.put("message-" + next.appointment().id(), " ");

		HttpResponse<String> refused = admin.form(path, half);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Tick that the client has agreed to the new time",
				"Write a message to the client saying why it is cancelled");
		assertNothingSaved(therapist, day, morning, next);
	}

	@Test
	void eachClashDecidedSavesTheTimeOffMovesOneCancelsTheOtherAndEmailsBothClients() {
		TherapistProfile therapist = this.fixture.therapist();
		LocalDate day = this.fixture.wednesday(6);
		ClientProfile moving = this.fixture.client();
		ClientProfile cancelled = this.fixture.client();
		Booked morning = book(moving, therapist, day, "10:00");
		Booked next = book(cancelled, therapist, day.plusDays(1), "15:00");
		Http admin = admin();
		String path = "/admin/therapists/" + therapist.id().value() + "/time-off";
		String slot = first(FIRST_CHOICE, admin.form(path, timeOff(admin, therapist, day)).body());
		String message = "Sorry: your therapist is away on a course. We will call you to find a new time.";

		Map<String, Object> decided = timeOff(admin, therapist, day);
		decided.put("decided", "true");
		decided.put("decision-" + morning.appointment().id(), "move");
		decided.put("slot-" + morning.appointment().id(), slot);
		decided.put("agreed-" + morning.appointment().id(), "true");
		decided.put("decision-" + next.appointment().id(), "cancel");
		decided.put("message-" + next.appointment().id(), message);
		HttpResponse<String> saved = admin.form(path, decided);

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.people.therapist(actor(), therapist.id()).isAwayOn(day.plusDays(1))).isTrue();
		AppointmentView moved = this.booking.get(actor(), morning.appointment().id());
		assertThat(moved.isBooked()).isTrue();
		assertThat(moved.start().toOffsetDateTime().toInstant())
			.isEqualTo(OffsetDateTime.parse(slot.substring(slot.indexOf('_') + 1)).toInstant());
		AppointmentView gone = this.booking.get(actor(), next.appointment().id());
		assertThat(gone.isBooked()).isFalse();

		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(moving.email())).extracting(MimeMessage::getSubject)
			.containsExactly("Booked: Massage, 60 minutes at Drift Demo Clinic",
					"Moved: Massage, 60 minutes at Drift Demo Clinic");
		List<MimeMessage> toCancelled = TestSmtp.messagesTo(cancelled.email());
		assertThat(toCancelled).extracting(MimeMessage::getSubject)
			.containsExactly("Booked: Massage, 60 minutes at Drift Demo Clinic",
					"Cancelled: Massage, 60 minutes at Drift Demo Clinic");
		assertThat(MailText.of(toCancelled.get(1))).contains("A message from the clinic: " + message);
	}

	@Test
	void timeOffWithoutBookedAppointmentsIsSavedAtOnce() {
		TherapistProfile therapist = this.fixture.therapist();
		LocalDate day = this.fixture.wednesday(7);
		Http admin = admin();

		HttpResponse<String> saved = admin.form("/admin/therapists/" + therapist.id().value() + "/time-off",
				timeOff(admin, therapist, day));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.people.therapist(actor(), therapist.id()).isAwayOn(day)).isTrue();
	}

	private void assertNothingSaved(TherapistProfile therapist, LocalDate day, Booked... booked) {
		assertThat(this.people.therapist(actor(), therapist.id()).isAwayOn(day)).isFalse();
		for (Booked one : booked) {
			AppointmentView now = this.booking.get(actor(), one.appointment().id());
			assertThat(now.isBooked()).isTrue();
			assertThat(now.start()).isEqualTo(one.appointment().start());
		}
	}

	private Booked book(ClientProfile client, TherapistProfile therapist, LocalDate day, String time) {
		return this.booking.book(actor(), new BookingRequest(client.id(), therapist.id(), "massage-60",
				OffsetDateTime.parse(BookingFixture.at(day, time)).toInstant(), null), null);
	}

	private Map<String, Object> timeOff(Http admin, TherapistProfile therapist, LocalDate day) {
		Map<String, Object> form = new HashMap<>();
		form.put("firstDay", day.toString());
		form.put("lastDay", day.plusDays(1).toString());
		form.put("note", "Course");
		form.put("_csrf", admin.csrf("/admin/therapists/" + therapist.id().value()));
		return form;
	}

	private Actor actor() {
		return this.fixture.actor("admin@demo.drift");
	}

	private Http admin() {
		Http admin = new Http(this.port);
		admin.signIn("admin@demo.drift", "drift-demo");
		return admin;
	}

	private static String first(Pattern pattern, String text) {
		Matcher found = pattern.matcher(text);
		assertThat(found.find()).as(pattern.pattern()).isTrue();
		return found.group(1);
	}

}
