package dev.drift.site;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.TestPeople.TestClinic;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.notify.OutgoingEmail;
import dev.drift.notify.Outbox;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class OutboxPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	People directory;

	@Autowired
	TestPeople people;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theAdminSeesTheClinicsEmailsNewestFirstAndFiltersByStatus() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		TestClinic clinic = this.people.newClinic();
		enqueue(clinic.id().value(), "Older " + run);
		this.clock.advance(Duration.ofMinutes(1));
		UUID failed = enqueue(clinic.id().value(), "Newer " + run);
		markFailed(failed);
		UUID elsewhere = otherClinic();
		enqueue(elsewhere, "Elsewhere " + run);
		Http admin = clinic.admin().signedIn(this.port);

		String all = admin.get("/admin/outbox").body();
		String onlyFailed = admin.get("/admin/outbox?status=FAILED").body();
		String onlyPending = admin.get("/admin/outbox?status=PENDING").body();

		assertThat(all).contains("Older " + run, "Newer " + run, "Pending", "Failed", "data-confirm")
			.doesNotContain("Elsewhere " + run);
		assertThat(all.indexOf("Newer " + run)).isLessThan(all.indexOf("Older " + run));
		assertThat(onlyFailed).contains("Newer " + run).doesNotContain("Older " + run);
		assertThat(onlyPending).contains("Older " + run).doesNotContain("Newer " + run);
		assertThat(admin.get("/admin/outbox?status=NONSENSE").statusCode()).isEqualTo(200);
	}

	@Test
	void anAdminRetriesAFailedEmailAndItIsAudited() {
		UUID id = enqueue(demoClinic(), "Retry me");
		markFailed(id);
		Http admin = signedIn("admin@demo.drift", "drift-demo");
		String csrf = admin.csrf("/admin/outbox?status=FAILED");

		HttpResponse<String> response = admin.form("/admin/outbox/" + id + "/retry", Map.of("_csrf", csrf));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> l.endsWith("?retried"));
		assertThat(status(id)).isEqualTo("PENDING");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'OUTBOX_RETRY' and clinic_id = :c")
			.param("c", demoClinic())
			.query(Long.class)
			.single()).isPositive();
		assertThat(admin.form("/admin/outbox/" + id + "/retry", Map.of("_csrf", csrf)).statusCode())
			.as("only a failed email can be retried")
			.isEqualTo(409);
	}

	@Test
	void anotherClinicsAdminNeitherSeesNorRetriesTheEmails() {
		UUID id = enqueue(demoClinic(), "Demo only");
		markFailed(id);
		String email = "admin-" + UUID.randomUUID() + "@other.example";
		ClinicProfile other = openClinic();
		this.accounts.createFirstAdmin(other.id(), new NewStaff("Other Admin", email, Role.ADMIN, "other-clinic-pw"));
		Http admin = signedIn(email, "other-clinic-pw");

		assertThat(admin.get("/admin/outbox").body()).doesNotContain("Demo only");
		HttpResponse<String> retry = admin.form("/admin/outbox/" + id + "/retry",
				Map.of("_csrf", admin.csrf("/admin/outbox")));
		assertThat(retry.statusCode()).isEqualTo(404);
		assertThat(retry.body()).doesNotContain("Demo only", "client@demo.drift");
		assertThat(status(id)).isEqualTo("FAILED");
	}

	@Test
	void theOutboxIsPaginatedKeepingTheStatusFilter() {
		String email = "admin-" + UUID.randomUUID() + "@other.example";
		ClinicProfile other = openClinic();
		this.accounts.createFirstAdmin(other.id(), new NewStaff("Other Admin", email, Role.ADMIN, "other-clinic-pw"));
		this.clock.set(this.clock.instant());
		for (int i = 1; i <= OutboxController.PAGE_SIZE + 1; i++) {
			enqueue(other.id().value(), "Message " + i + ".");
			this.clock.advance(Duration.ofSeconds(1));
		}
		Http admin = signedIn(email, "other-clinic-pw");

		String first = admin.get("/admin/outbox?status=PENDING").body();
		String second = admin.get("/admin/outbox?status=PENDING&page=1").body();

		assertThat(first).contains("Page 1 of 2", "Message 51.", "Message 2.", "page=1&amp;status=PENDING")
			.doesNotContain("Message 1.");
		assertThat(second).contains("Page 2 of 2", "Message 1.").doesNotContain("Message 2.");
	}

	@Test
	void onlyAdminsSeeTheOutbox() {
		UUID id = enqueue(demoClinic(), "Not for therapists");
		markFailed(id);
		Http therapist = signedIn("therapist@demo.drift", "drift-demo");

		assertThat(therapist.get("/admin/outbox").statusCode()).isEqualTo(403);
		assertThat(therapist.form("/admin/outbox/" + id + "/retry", Map.of("_csrf", therapist.csrf("/account")))
			.statusCode()).isEqualTo(403);
		assertThat(status(id)).isEqualTo("FAILED");
	}

	private Http signedIn(String email, String password) {
		Http http = new Http(this.port);
		http.signIn(email, password);
		return http;
	}

	private UUID demoClinic() {
		return this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId().value();
	}

	private UUID otherClinic() {
		return openClinic().id().value();
	}

	private ClinicProfile openClinic() {
		return this.directory.openClinic(new ClinicDetails("Other Clinic", ZoneId.of("America/New_York"), Locale.US,
				"USD", new EmergencyNumbers(null, "911"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
	}

	private UUID enqueue(UUID clinic, String subject) {
		return this.transaction.execute((s) -> this.outbox
			.enqueue(new OutgoingEmail(clinic, "client@demo.drift", subject, "Body of " + subject, null)));
	}

	private void markFailed(UUID id) {
		this.jdbc.sql("update notify_message set status = 'FAILED', attempts = 8 where id = :id")
			.param("id", id)
			.update();
	}

	private String status(UUID id) {
		return this.jdbc.sql("select status from notify_message where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
