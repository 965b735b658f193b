package dev.drift.frontdesk;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.Http;
import dev.drift.MailTest;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.TestSmtp;
import dev.drift.notify.OutboxDeliveries;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front desk over HTTP, with the emails read from GreenMail: staff book and cancel
 * for a client through booking's path (the client gets each email), add a new client who
 * sets a password from the invitation email, and deactivate a client's account; another
 * clinic's client, another client's appointment and a client calling the desk are
 * refused.
 */
@MailTest
class FrontDeskTests {

	static final Pattern SLOT = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"");

	static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

	static final Pattern APPOINTMENT = Pattern.compile("id=\"a-([0-9a-f-]{36})\"");

	static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/password/reset\\?token=[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void aTherapistBooksAndCancelsForAClientWhoGetsBothEmails() {
		TestPeople.Person client = this.people.newClient();
		Http staff = signedIn("therapist@demo.drift");
		String desk = "/clients/" + client.clientId().value() + "/desk";
		assertThat(staff.get(desk).body()).contains("No appointments yet");

		String from = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London"))).plusDays(3).toString();
		HttpResponse<String> slots = staff.get(desk + "/book?service=consultation&from=" + from);
		assertThat(slots.statusCode()).isEqualTo(200);
		String slot = first(SLOT, slots.body());
		HttpResponse<String> booked = staff.form(desk + "/book", Map.of("service", "consultation", "slot", slot,
				"idempotencyKey", first(KEY, slots.body()), "_csrf", staff.csrf(desk)));
		assertThat(booked.statusCode()).isEqualTo(302);
		assertThat(booked.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith(desk));

		String page = staff.get(desk).body();
		assertThat(page).contains("Consultation").contains("booked").doesNotContain("No appointments yet");
		String appointment = first(APPOINTMENT, page);
		staff.form(desk + "/appointments/" + appointment + "/cancel", Map.of("reason", "", "_csrf", staff.csrf(desk)));
		assertThat(staff.get(desk).body()).contains("cancelled");

		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(client.email())).extracting(MimeMessage::getSubject)
			.contains("Booked: Consultation at Drift Demo Clinic", "Cancelled: Consultation at Drift Demo Clinic");
	}

	@Test
	void aNewClientAddedAtTheDeskSetsAPasswordFromTheEmailAndSignsIn() throws Exception {
		Http staff = signedIn("admin@demo.drift");
		HttpResponse<String> invalid = staff.form("/clients/new",
				Map.of("name", " ", "email", "not-an-email", "phone", "<b>call me</b>", "timeZone", "Mars/Olympus",
						"dateOfBirth", "23/04/1985", "_csrf", staff.csrf("/clients/new")));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("Enter the client&#39;s full name")
			.contains("Enter the email address as name@example.org")
			.contains("Choose the client&#39;s time zone from the list")
			.contains("Enter the date of birth as a date")
			.contains("Phone: use digits, spaces, +, ( ) and - only.")
			.contains("Tick this box once the client has agreed");

		String email = "desk-" + java.util.UUID.randomUUID() + "@example.org";
		HttpResponse<String> added = staff.form("/clients/new", Map.of("name", "Dana Desk", "email", email, "timeZone",
				"Europe/London", "consent", "true", "_csrf", staff.csrf("/clients/new")));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).matches(".*/clients/[0-9a-f-]{36}/desk"));
		HttpResponse<String> again = staff.form("/clients/new", Map.of("name", "Dana Again", "email", email, "timeZone",
				"Europe/London", "consent", "true", "_csrf", staff.csrf("/clients/new")));
		assertThat(again.body()).contains("already has an account");

		OutboxDeliveries.deliverAll(this.context);
		MimeMessage invitation = TestSmtp.messagesTo(email).getLast();
		assertThat(invitation.getSubject()).isEqualTo("Your account at Drift Demo Clinic");
		Matcher link = LINK.matcher((String) invitation.getContent());
		assertThat(link.find()).isTrue();

		Http browser = new Http(this.port);
		String token = link.group(1).substring(link.group(1).indexOf("token=") + 6);
		assertThat(browser.get(link.group(1)).body()).contains("Set your password");
		HttpResponse<String> set = browser.form("/password/reset",
				Map.of("token", token, "password", "dana-chose-this-one", "_csrf", browser.csrf("/password/forgot")));
		assertThat(set.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?passwordSet"));
		Http dana = new Http(this.port);
		dana.signIn(email, "dana-chose-this-one");
		assertThat(dana.get("/home").statusCode()).isEqualTo(200);
		assertThat(dana.get("/account").body()).contains(email).doesNotContain("not confirmed yet");
	}

	@Test
	void anotherClinicsClientAnotherClientsAppointmentAndAClientAtTheDeskAreRefused() {
		TestPeople.TestClinic other = this.people.newClinic();
		TestPeople.Person foreign = this.people.newClient(other.id(), "Far Away");
		TestPeople.Person mine = this.people.newClient();
		Http staff = signedIn("therapist@demo.drift");
		String foreignDesk = "/clients/" + foreign.clientId().value() + "/desk";
		HttpResponse<String> notFound = staff.get(foreignDesk);
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).doesNotContain("Far Away").doesNotContain(foreign.email());
		assertThat(staff.get("/clients/not-a-uuid/desk").statusCode()).isEqualTo(404);
		assertThat(staff.get(foreignDesk + "/book?service=consultation").statusCode()).isEqualTo(404);
		assertThat(staff.form(foreignDesk + "/account", Map.of("action", "deactivate", "_csrf", staff.csrf("/clients")))
			.statusCode()).isIn(403, 404);

		String myDesk = "/clients/" + mine.clientId().value() + "/desk";
		assertThat(staff.get(myDesk + "/book?service=no-such-service").statusCode()).isEqualTo(404);
		assertThat(staff.get(myDesk + "/appointments/" + java.util.UUID.randomUUID() + "/move").statusCode())
			.isEqualTo(404);

		Http client = mine.signedIn(this.port);
		assertThat(client.get(myDesk).statusCode()).isEqualTo(403);
		assertThat(client.get("/clients/new").statusCode()).isEqualTo(403);
	}

	@Test
	void aDeactivatedClientCannotSignInNorUseBasicOrATokenUntilReactivated() {
		TestPeople.Person client = this.people.newClient();
		String bearer = this.people.bearer(client.email());
		Http browser = client.signedIn(this.port);
		assertThat(browser.get("/home").statusCode()).isEqualTo(200);

		Http admin = signedIn("admin@demo.drift");
		String desk = "/clients/" + client.clientId().value() + "/desk";
		assertThat(admin.get(desk).body()).contains("data-confirm").contains("Deactivate the account");
		admin.form(desk + "/account", Map.of("action", "deactivate", "_csrf", admin.csrf(desk)));
		assertThat(admin.get(desk).body()).contains("is deactivated");

		assertThat(browser.get("/home").statusCode()).isEqualTo(302);
		assertThat(new Http(this.port).signIn(client.email(), TestPeople.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("error"));
		assertThat(new Http(this.port).get("/api/v1/me", "Authorization", client.basicAuth()).statusCode())
			.isEqualTo(401);
		assertThat(new Http(this.port).get("/api/v1/me", "Authorization", bearer).statusCode()).isEqualTo(401);

		admin.form(desk + "/account", Map.of("action", "reactivate", "_csrf", admin.csrf(desk)));
		assertThat(new Http(this.port).get("/api/v1/me", "Authorization", client.basicAuth()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void anAdminDeactivatesAStaffAccountOfTheirClinicOnlyAndNeverTheirOwn() {
		TestPeople.TestClinic clinic = this.people.newClinic();
		TestPeople.Person therapist = this.people.newTherapist(clinic, "Tess Leaving");
		Http admin = clinic.admin().signedIn(this.port);
		String page = admin.get("/admin/staff").body();
		assertThat(page).contains("Deactivate").contains("data-confirm");
		admin.form("/admin/staff/" + therapist.actor().accountId() + "/deactivate",
				Map.of("_csrf", admin.csrf("/admin/staff")));
		assertThat(new Http(this.port).get("/api/v1/me", "Authorization", therapist.basicAuth()).statusCode())
			.isEqualTo(401);
		assertThat(admin.get("/admin/staff").body()).contains("deactivated");

		Http demoAdmin = signedIn("admin@demo.drift");
		assertThat(demoAdmin
			.form("/admin/staff/" + therapist.actor().accountId() + "/reactivate",
					Map.of("_csrf", demoAdmin.csrf("/admin/staff")))
			.statusCode()).isEqualTo(404);
		assertThat(admin
			.form("/admin/staff/" + clinic.admin().actor().accountId() + "/deactivate",
					Map.of("_csrf", admin.csrf("/admin/staff")))
			.statusCode()).isEqualTo(422);
		assertThat(new Http(this.port).get("/api/v1/me", "Authorization", clinic.admin().basicAuth()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void theDashboardCountsTodayAndThisWeekAndEachFigureLinksToItsList() {
		Http admin = signedIn("admin@demo.drift");
		int before = newClientsToday(admin.get("/admin/dashboard").body());
		TestPeople.Person client = this.people.newClient(this.people.demoClinic(), "Nadia Newest");
		String page = admin.get("/admin/dashboard").body();
		assertThat(newClientsToday(page)).isEqualTo(before + 1);
		assertThat(page).contains("This week").contains("/admin/outbox?status=FAILED");
		assertThat(admin.get("/admin/dashboard/newClients?period=today").body()).contains("Nadia Newest")
			.contains(client.clientId().value().toString());
		for (String figure : DashboardController.FIGURES) {
			assertThat(admin.get("/admin/dashboard/" + figure + "?period=week").statusCode()).isEqualTo(200);
		}
		assertThat(admin.get("/admin/dashboard/nothing").statusCode()).isEqualTo(404);
		assertThat(signedIn("therapist@demo.drift").get("/admin/dashboard").statusCode()).isEqualTo(403);
	}

	private static int newClientsToday(String page) {
		Matcher matcher = Pattern.compile("newClients\\?period=today\"><strong>(\\d+)</strong>").matcher(page);
		assertThat(matcher.find()).as(page).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private Http signedIn(String email) {
		Http http = new Http(this.port);
		http.signIn(email, "drift-demo");
		return http;
	}

	private static String first(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

}
