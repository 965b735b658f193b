package dev.drift.intake;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.Http;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.accounts.SignUp;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicId;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.Role;

/**
 * Fresh clients and clinics for intake tests, so tests never depend on demo data.
 */
final class IntakeFixtures {

	static final String PASSWORD = "intake-test-pw-1";

	static final String ADMIN = Http.basic("admin@demo.drift", "drift-demo");

	static final String THERAPIST = Http.basic("therapist@demo.drift", "drift-demo");

	private final Accounts accounts;

	private final People people;

	IntakeFixtures(Accounts accounts, People people) {
		this.accounts = accounts;
		this.people = people;
	}

	ClinicId demoClinic() {
		return this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId();
	}

	TestClient newClient(ClinicId clinic) {
		String email = "intake-" + UUID.randomUUID() + "@test.example";
		AccountView account = this.accounts
			.signUp(new SignUp(clinic, "Test Client", email, PASSWORD, ZoneId.of("Europe/London"), true));
		return new TestClient(account.clientId(), Http.basic(email, PASSWORD),
				new Actor(account.id(), clinic, Role.CLIENT, account.clientId(), null));
	}

	TestClient newDemoClient() {
		return newClient(demoClinic());
	}

	/** Another clinic with its own admin. */
	OtherClinic otherClinic() {
		String email = "admin-" + UUID.randomUUID() + "@other.example";
		ClinicProfile other = this.people
			.openClinic(new ClinicDetails("Other Clinic", ZoneId.of("Europe/London"), Locale.UK, "GBP",
					new EmergencyNumbers("111", "999"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		AccountView admin = this.accounts.createFirstAdmin(other.id(),
				new NewStaff("Other Admin", email, Role.ADMIN, PASSWORD));
		return new OtherClinic(other.id(), email, Http.basic(email, PASSWORD),
				new Actor(admin.id(), other.id(), Role.ADMIN, null, null));
	}

	/**
	 * A therapist of the clinic, named its lead therapist (the one who signs rule sets
	 * off).
	 */
	Lead lead(OtherClinic clinic, dev.drift.screening.RuleSets ruleSets) {
		String email = "lead-" + UUID.randomUUID() + "@other.example";
		AccountView account = this.accounts.createStaff(clinic.admin(),
				new NewStaff("Lena Lead", email, Role.THERAPIST, PASSWORD));
		ruleSets.nameLeadTherapist(clinic.admin(), account.therapistId());
		return new Lead(email, Http.basic(email, PASSWORD),
				new Actor(account.id(), clinic.id(), Role.THERAPIST, null, account.therapistId()));
	}

	record Lead(String email, String auth, Actor actor) {
	}

	Actor demoAdmin() {
		AccountView admin = this.accounts.findByEmail("admin@demo.drift").orElseThrow();
		return new Actor(admin.id(), admin.clinicId(), Role.ADMIN, null, null);
	}

	Actor demoTherapist() {
		AccountView therapist = this.accounts.findByEmail("therapist@demo.drift").orElseThrow();
		return new Actor(therapist.id(), therapist.clinicId(), Role.THERAPIST, null, therapist.therapistId());
	}

	record TestClient(ClientId id, String auth, Actor actor) {

		String path(String rest) {
			return "/api/v1/clients/" + this.id.value() + rest;
		}

	}

	record OtherClinic(ClinicId id, String adminEmail, String adminAuth, Actor admin) {
	}

}
