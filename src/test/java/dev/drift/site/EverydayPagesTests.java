package dev.drift.site;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.booking.Booked;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingFixture;
import dev.drift.booking.BookingRequest;
import dev.drift.intake.Intake;
import dev.drift.people.People;
import dev.drift.people.TherapistProfile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's everyday defects seen on the rendered pages: what a new client, a therapist
 * and an admin meet in daily use.
 */
@DriftTest
@Import(BookingFixture.class)
class EverydayPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	BookingFixture fixture;

	@Autowired
	Intake intake;

	@Autowired
	People directory;

	@Autowired
	Booking booking;

	@Autowired
	MutableClock clock;

	@Test
	void theClientHomeDropsTheHealthPromptOnceAnsweredAndShowsTheNextAppointment() {
		Person client = this.people.newClient(this.people.demoClinic(), "Hana Home");
		Http http = client.signedIn(this.port);

		String before = http.get("/home").body();
		assertThat(before).contains("Answer the health questions", "You have no appointment booked.");

		ScreenedClients.cleared(this.intake, this.fixture.actor("admin@demo.drift"),
				this.directory.findClient(client.clientId()).orElseThrow());
		this.booking.book(this.fixture.actor("admin@demo.drift"),
				new BookingRequest(client.clientId(), this.fixture.therapist().id(), "massage-60",
						OffsetDateTime.parse(BookingFixture.at(this.fixture.wednesday(2), "10:00")).toInstant(), null),
				null);

		String after = http.get("/home").body();
		assertThat(after).doesNotContain("Answer the health questions", "You have no appointment booked.")
			.contains("Your health questions are answered.", "Your next appointment",
					"Massage, 60 minutes on Wednesday", "10:00");
	}

	@Test
	void staffOpeningBookingGetTheCalendarAndItsEntriesOpen() {
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");
		HttpResponse<String> booking = therapist.get("/booking");
		assertThat(booking.statusCode()).isEqualTo(302);
		assertThat(booking.headers().firstValue("Location").orElseThrow()).endsWith("/booking/calendar");

		Person client = this.people.newClient(this.people.demoClinic(), "Cal Entry");
		ScreenedClients.cleared(this.intake, this.fixture.actor("admin@demo.drift"),
				this.directory.findClient(client.clientId()).orElseThrow());
		LocalDate day = this.fixture.wednesday(3);
		Booked booked = this.booking.book(this.fixture.actor("admin@demo.drift"),
				new BookingRequest(client.clientId(), this.fixture.therapist().id(), "massage-60",
						OffsetDateTime.parse(BookingFixture.at(day, "11:00")).toInstant(), null),
				null);
		Http admin = new Http(this.port);
		admin.signIn("admin@demo.drift", "drift-demo");
		String week = admin.get("/booking/calendar?date=" + day).body();
		String link = "/booking/calendar/appointments/" + booked.appointment().id();
		assertThat(week).contains("href=\"" + link + "\"");

		HttpResponse<String> detail = admin.get(link);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("Cal Entry", "Massage, 60 minutes", "11:00", "Back to the calendar");
	}

	@Test
	void staffPagesSpeakPlainlyAndCarryTheirOwnTabTitle() {
		Person client = this.people.newClient(this.people.demoClinic(), "Tab Title");
		Http admin = new Http(this.port);
		admin.signIn("admin@demo.drift", "drift-demo");

		String sleep = admin.get("/clients/" + client.clientId().value() + "/sleep").body();
		assertThat(sleep).contains("<title>Sleep: Tab Title · Drift</title>").doesNotContain("<title>My sleep");

		String questionnaires = admin.get("/admin/questionnaires").body();
		assertThat(questionnaires).doesNotContain("spec §9.6", "before release");
	}

	@Test
	void theClientSeesTheCancellationPolicyAndNoActionsThatWouldBeRefused() {
		BookingFixture.Signed signed = this.fixture.clientAccount();
		LocalDate day = this.fixture.wednesday(4);
		TherapistProfile therapist = this.fixture.therapist();
		this.clock.set(ZonedDateTime.of(day, LocalTime.of(8, 0), BookingFixture.LONDON).toInstant());
		try {
			Booked soon = this.booking.book(
					this.fixture.actor("admin@demo.drift"), new BookingRequest(signed.client().id(), therapist.id(),
							"massage-60", OffsetDateTime.parse(BookingFixture.at(day, "14:00")).toInstant(), null),
					null);
			Booked later = this.booking
				.book(this.fixture.actor("admin@demo.drift"),
						new BookingRequest(signed.client().id(), therapist.id(), "massage-60",
								OffsetDateTime.parse(BookingFixture.at(day.plusDays(7), "14:00")).toInstant(), null),
						null);
			Http http = new Http(this.port);
			http.signIn(signed.client().email(), "booking-test-pw");

			String mine = http.get("/booking/mine").body();
			assertThat(mine).contains("/booking/mine/" + later.appointment().id() + "/cancel",
					"Less than 24 hours to go, so it can no longer be cancelled or moved online");
			assertThat(mine).doesNotContain("/booking/mine/" + soon.appointment().id() + "/cancel",
					"/booking/mine/" + soon.appointment().id() + "/reschedule");

			String confirm = http
				.get("/booking/confirm?service=massage-60&therapistId=" + therapist.id().value() + "&start="
						+ BookingFixture.at(day, "18:00").replace("+", "%2B"))
				.body();
			assertThat(confirm).contains("Cancellation policy: you can cancel or move this appointment online until 24",
					"you cannot cancel or move it online");
			String far = http
				.get("/booking/confirm?service=massage-60&therapistId=" + therapist.id().value() + "&start="
						+ BookingFixture.at(day.plusDays(14), "18:00").replace("+", "%2B"))
				.body();
			assertThat(far).contains("Cancellation policy").doesNotContain("you cannot cancel or move it online");
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void anErrorPageKeepsTheSignedInNavigationAndAnEmptyVersionListSaysSo() {
		Http client = this.people.newClient(this.people.demoClinic(), "Err Page").signedIn(this.port);
		HttpResponse<String> missing = client.get("/no-such-page", "Accept", "text/html");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("href=\"/booking/mine\"", "href=\"/me/diary\"");
		HttpResponse<String> error = client.get("/error", "Accept", "text/html");
		assertThat(error.statusCode()).isLessThan(500);
		assertThat(error.body()).contains("href=\"/booking/mine\"");
		assertThat(new Http(this.port).get("/error", "Accept", "text/html").statusCode()).isLessThan(500);

		Http admin = this.people.newClinic().admin().signedIn(this.port);
		String rules = admin.get("/intake/rules").body();
		assertThat(rules).contains("No versions yet").doesNotContain(">Created</th>");
	}

	@Test
	void theSlotPickerShowsOneWeekAtATimeAcrossTheWholeHorizonWithATherapistFilter() {
		BookingFixture.Signed signed = this.fixture.clientAccount();
		TherapistProfile therapist = this.fixture.therapist();
		Http http = new Http(this.port);
		http.signIn(signed.client().email(), "booking-test-pw");

		String first = http.get("/booking/slots?service=massage-60").body();
		assertThat(first.split("week=", -1).length - 1).as("week links to the 90-day horizon")
			.isGreaterThanOrEqualTo(13);
		assertThat(first).contains("id=\"therapistId\"", "Any therapist", therapist.name());

		LocalDate today = LocalDate.now(this.clock.withZone(BookingFixture.LONDON));
		String last = http.get("/booking/slots?service=massage-60&week=12&therapistId=" + therapist.id().value())
			.body();
		assertThat(last).contains("Free times from " + today.plusWeeks(12)
			.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.UK)));
		assertThat(last).contains(therapist.name()).doesNotContain("<span>Maya Thompson</span>");
	}

	@Test
	void theCalendarShowsATherapistsTimeOff() {
		TherapistProfile therapist = this.fixture.therapist();
		LocalDate day = this.fixture.wednesday(5);
		this.directory.takeTimeOff(this.fixture.actor("admin@demo.drift"), therapist.id(),
				new dev.drift.people.TimeOff(day, day.plusDays(1), "Course"));
		Http admin = new Http(this.port);
		admin.signIn("admin@demo.drift", "drift-demo");

		String week = admin.get("/booking/calendar?date=" + day + "&therapistId=" + therapist.id().value()).body();

		assertThat(week).contains("Time off: " + therapist.name());
	}

	@Test
	void apiTokensAreAnAdvancedStaffSectionNotOnAClientsAccountPage() {
		Http client = this.people.newClient(this.people.demoClinic(), "No Tokens").signedIn(this.port);
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");

		assertThat(client.get("/account").body()).doesNotContain("Personal API tokens", "/account/tokens");
		assertThat(therapist.get("/account").body()).contains("<details class=\"card advanced\"", "Personal API tokens",
				"/account/tokens");
	}

}
