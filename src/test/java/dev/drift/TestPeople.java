package dev.drift;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.accounts.SignUp;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicId;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.Role;

/**
 * Fresh clinics, staff and clients for tests, so that no test depends on demo data or on
 * rows another test left behind (a fresh clinic has its own audit trail, outbox and
 * calendar). Every account made here signs in with {@link #PASSWORD}. Every
 * {@link DriftTest} context has one.
 */
public class TestPeople {

	public static final String PASSWORD = "test-people-pw-1";

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Accounts accounts;

	/**
	 * One live token per account for this context's tests (an account holds 20 at most).
	 */
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	private final People directory;

	public TestPeople(Accounts accounts, People directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	/** The demo clinic (Europe/London). */
	public ClinicId demoClinic() {
		return this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId();
	}

	/** The actor of an existing account, e.g. a demo account. */
	public Actor actor(String email) {
		return actor(this.accounts.findByEmail(email).orElseThrow());
	}

	/**
	 * An {@code Authorization} header value with an API token of an existing account: for
	 * tests that send many requests (HTTP Basic pays for BCrypt on every one). The same
	 * token while it works, as the context's tests share its accounts and an account
	 * holds at most 20 live tokens.
	 */
	public String bearer(String email) {
		return "Bearer " + this.tokens.compute(email,
				(key, kept) -> (kept != null && this.accounts.authenticateToken(kept).isPresent()) ? kept
						: this.accounts.issueToken(actor(email), "tests " + UUID.randomUUID()).secret());
	}

	/** A new client (with health-data consent, the usual sleep schedule) in a clinic. */
	public Person newClient(ClinicId clinic, String name) {
		String email = "client-" + UUID.randomUUID() + "@test.example";
		return person(email, this.accounts.signUp(new SignUp(clinic, name, email, PASSWORD, LONDON, true)));
	}

	/** A new client of the demo clinic. */
	public Person newClient() {
		return newClient(demoClinic(), "Test Client");
	}

	/**
	 * A new clinic (Europe/London) with its first admin; staff sign in with a password
	 * alone (MFA off, unlike a real new clinic) so that tests sign in in one step.
	 */
	public TestClinic newClinic() {
		return newClinic(ClinicSettings.defaults().withoutStaffMfa());
	}

	/** A new clinic with the defaults of a real new clinic: staff MFA required. */
	public TestClinic newClinicWithStaffMfa() {
		return newClinic(ClinicSettings.defaults());
	}

	private TestClinic newClinic(ClinicSettings settings) {
		ClinicId clinic = this.directory
			.openClinic(new ClinicDetails("Test Clinic " + UUID.randomUUID().toString().substring(0, 8), LONDON,
					Locale.UK, "GBP", new EmergencyNumbers("111", "999"), List.of(), settings))
			.id();
		String email = "admin-" + UUID.randomUUID() + "@test.example";
		Person admin = person(email,
				this.accounts.createFirstAdmin(clinic, new NewStaff("Test Admin", email, Role.ADMIN, PASSWORD)));
		return new TestClinic(clinic, admin);
	}

	/** A new therapist (no skills, no hours yet) in the admin's clinic. */
	public Person newTherapist(TestClinic clinic, String name) {
		String email = "therapist-" + UUID.randomUUID() + "@test.example";
		return person(email,
				this.accounts.createStaff(clinic.admin().actor(), new NewStaff(name, email, Role.THERAPIST, PASSWORD)));
	}

	private static Person person(String email, AccountView account) {
		return new Person(email, actor(account));
	}

	private static Actor actor(AccountView account) {
		return new Actor(account.id(), account.clinicId(), account.role(), account.clientId(), account.therapistId());
	}

	/** An account made for a test: its email, its actor and how to sign in with it. */
	public record Person(String email, Actor actor) {

		public ClientId clientId() {
			return this.actor.clientId();
		}

		/** An {@code Authorization} header value for the API. */
		public String basicAuth() {
			return Http.basic(this.email, PASSWORD);
		}

		/** A browser session signed in as this person. */
		public Http signedIn(int port) {
			Http http = new Http(port);
			http.signIn(this.email, PASSWORD);
			return http;
		}

	}

	/** A clinic made for a test, with its admin. */
	public record TestClinic(ClinicId id, Person admin) {
	}

}
