package dev.drift.booking;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import dev.drift.Http;
import dev.drift.MailTest;
import dev.drift.MailText;
import dev.drift.MutableClock;
import dev.drift.TestSmtp;
import dev.drift.notify.OutboxDeliveries;
import dev.drift.people.ClinicDetails;
import dev.drift.people.People;
import dev.drift.people.TherapistProfile;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 defect 3: the client can always find how to reach the clinic — its phone and
 * address on the home page, the booking pages (above all where an online change is
 * refused: "call the clinic on …") and in the booking emails. The demo clinic has both.
 */
@MailTest
@Import(BookingFixture.class)
class ClinicContactTests {

	static final String PHONE = "020 7946 0321";

	@LocalServerPort
	int port;

	@Autowired
	BookingFixture fixture;

	@Autowired
	Booking booking;

	@Autowired
	People people;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void theDemoClinicHasAPhoneAndAnAddress() {
		ClinicDetails.Contact contact = this.people.clinic(this.fixture.actor("admin@demo.drift").clinicId()).contact();

		assertThat(contact.phone()).isEqualTo(PHONE);
		assertThat(contact.addressOnOneLine()).isEqualTo("14 Linden Mews, London, N1 4QT");
	}

	@Test
	void theClientsPagesShowThePhoneWhereAnOnlineChangeIsRefused() {
		BookingFixture.Signed signed = this.fixture.clientAccount();
		TherapistProfile therapist = this.fixture.therapist();
		LocalDate day = this.fixture.wednesday(3);
		this.clock.set(ZonedDateTime.of(day, LocalTime.of(8, 0), BookingFixture.LONDON).toInstant());
		Booked soon = this.booking.book(this.fixture.actor("admin@demo.drift"), new BookingRequest(signed.client().id(),
				therapist.id(), "massage-60", OffsetDateTime.parse(BookingFixture.at(day, "15:00")).toInstant(), null),
				null);
		Http http = new Http(this.port);
		http.signIn(signed.client().email(), "booking-test-pw");

		assertThat(http.get("/home").body()).contains("href=\"tel:02079460321\"", PHONE, "14 Linden Mews", "N1 4QT");
		assertThat(http.get("/booking/mine").body())
			.contains("so it can no longer be cancelled or moved online: please call the clinic on " + PHONE)
			.doesNotContain("/booking/mine/" + soon.appointment().id() + "/cancel\"");
		HttpResponse<String> cancel = http.get("/booking/mine/" + soon.appointment().id() + "/cancel");
		assertThat(cancel.body()).contains("please call the clinic on " + PHONE).doesNotContain("Yes, cancel it");
		String confirm = http
			.get("/booking/confirm?service=massage-60&therapistId=" + therapist.id().value() + "&start="
					+ BookingFixture.at(day, "19:00").replace("+", "%2B"))
			.body();
		assertThat(confirm).contains("you cannot cancel or move it online. Call the clinic on " + PHONE,
				"only the clinic can change it: call the clinic on " + PHONE);
	}

	@Test
	void bookingEmailsEndWithTheClinicsPhoneAndAddress() {
		BookingFixture.Signed signed = this.fixture.clientAccount();
		TherapistProfile therapist = this.fixture.therapist();
		this.booking.book(this.fixture.actor("admin@demo.drift"),
				new BookingRequest(signed.client().id(), therapist.id(), "massage-60",
						OffsetDateTime.parse(BookingFixture.at(this.fixture.wednesday(4), "18:00")).toInstant(), null),
				null);

		OutboxDeliveries.deliverAll(this.context);

		List<MimeMessage> inbox = TestSmtp.messagesTo(signed.client().email());
		assertThat(inbox).hasSize(1);
		assertThat(MailText.of(inbox.get(0))).contains("Phone: " + PHONE, "14 Linden Mews, London, N1 4QT");
	}

}
