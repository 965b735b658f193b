package dev.drift.people;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class AdminPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinics clinics;

	@Autowired
	Therapists therapists;

	@Autowired
	Accounts accounts;

	@Autowired
	People directory;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	Http http;

	ClinicProfile original;

	Actor admin;

	@BeforeEach
	void signIn() {
		this.http = new Http(this.port);
		this.http.signIn("admin@demo.drift", "drift-demo");
		AccountView account = this.accounts.findByEmail("admin@demo.drift").orElseThrow();
		this.admin = new Actor(account.id(), account.clinicId(), Role.ADMIN, null, null);
		this.original = this.clinics.get(account.clinicId());
	}

	@AfterEach
	void restoreClinic() {
		this.clinics.change(this.admin, this.original.details());
	}

	@Test
	void theAdminChangesOpeningHoursAndTheInactivityTimeout() {
		Map<String, Object> form = clinicForm();
		form.put("inactivityTimeoutMinutes", "45");
		form.put("hours[6].open", "true");
		form.put("hours[6].starts", "10:00");
		form.put("hours[6].ends", "14:00");

		HttpResponse<String> response = this.http.form("/admin/clinic", form);

		assertThat(response.statusCode()).isEqualTo(302);
		ClinicProfile clinic = this.clinics.get(this.original.id());
		assertThat(clinic.settings().inactivityTimeoutMinutes()).isEqualTo(45);
		assertThat(clinic.hoursOn(DayOfWeek.SUNDAY))
			.hasValue(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
		assertThat(this.http.get("/admin/clinic").body()).contains("Saved.");
	}

	@Test
	void theAdminSetsTheClinicsPhoneAndAddressAndBadOnesAreNamedAtTheirFields() {
		Map<String, Object> bad = clinicForm();
		bad.put("phone", "call us!");
		bad.put("address", "x".repeat(301));

		HttpResponse<String> refused = this.http.form("/admin/clinic", bad);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Phone number: use digits, spaces, brackets",
				"Address: keep it to 300 characters or fewer.");
		assertThat(this.clinics.get(this.original.id())).isEqualTo(this.original);

		Map<String, Object> good = clinicForm();
		good.put("phone", "+44 20 7946 0999");
		good.put("address", "1 Test Row\r\nLondon\r\nE1 6AN");
		assertThat(this.http.form("/admin/clinic", good).statusCode()).isEqualTo(302);

		assertThat(this.clinics.get(this.original.id()).contact())
			.isEqualTo(new ClinicDetails.Contact("+44 20 7946 0999", "1 Test Row\r\nLondon\r\nE1 6AN"));
		assertThat(this.http.get("/admin/clinic").body()).contains("value=\"+44 20 7946 0999\"", "1 Test Row");
	}

	@Test
	void badClinicSettingsAreShownNextToTheirFieldsAndNothingIsSaved() {
		Map<String, Object> form = clinicForm();
		form.put("timeZone", "Mars/Olympus_Mons");
		form.put("inactivityTimeoutMinutes", "2");
		form.put("hours[0].ends", "08:00");
		form.put("currency", "pounds");

		HttpResponse<String> response = this.http.form("/admin/clinic", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Choose a time zone from the list.",
				"Enter a number of minutes from 5 to 720.", "Must be later than the start.",
				"three-letter currency code");
		assertThat(this.clinics.get(this.original.id())).isEqualTo(this.original);
	}

	@Test
	void theClinicsZoneIsPickedFromCanonicalIdsByRegionAndAnAliasIsRefused() {
		String page = this.http.get("/admin/clinic").body();

		assertThat(page)
			.contains("<optgroup label=\"Europe\">", "<optgroup label=\"America\">", "value=\"Europe/Kyiv\"",
					"value=\"America/Coyhaique\"", "value=\"Etc/UTC\"",
					"<option value=\"Europe/London\" selected=\"selected\">London</option>")
			.doesNotContain("value=\"Europe/Kiev\"", "value=\"UTC\"", "value=\"GMT\"", "ical4j");
		for (String alias : List.of("Europe/Kiev", "UTC", "GMT", "Asia/Calcutta")) {
			Map<String, Object> form = clinicForm();
			form.put("timeZone", alias);

			HttpResponse<String> response = this.http.form("/admin/clinic", form);

			assertThat(response.statusCode()).as(alias).isEqualTo(200);
			assertThat(response.body()).contains("Choose a time zone from the list.");
		}
		assertThat(this.clinics.get(this.original.id())).isEqualTo(this.original);
	}

	@Test
	void zonesStoredUnderAnAliasAreReadAsTheirCanonicalIds() {
		TestPeople.TestClinic clinic = this.people.newClinic();
		TestPeople.Person client = this.people.newClient(clinic.id(), "Alias Reader");
		this.jdbc.sql("update people_clinic set time_zone = 'Europe/Kiev' where id = :id")
			.param("id", clinic.id().value())
			.update();
		this.jdbc
			.sql("update people_client set time_zone = 'Asia/Calcutta', health_consent_zone = 'UTC' where id = :id")
			.param("id", client.clientId().value())
			.update();

		assertThat(this.clinics.get(clinic.id()).timeZone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
		ClientProfile profile = this.directory.findClient(client.clientId()).orElseThrow();
		assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
		assertThat(profile.consent())
			.hasValueSatisfying((consent) -> assertThat(consent.zone()).isEqualTo(ZoneId.of("Etc/UTC")));
		assertThat(clinic.admin().signedIn(this.port).get("/admin/clinic").body())
			.contains("<option value=\"Europe/Kyiv\" selected=\"selected\">Kyiv</option>");
	}

	@Test
	void theAdminSetsATherapistsHoursWithABreakAndTimeOff() {
		TherapistProfile therapist = newTherapist();
		Map<String, Object> form = therapistForm(therapist);
		form.put("hours[2].open", "true");
		form.put("hours[2].starts", "12:00");
		form.put("hours[2].ends", "21:00");
		form.put("hours[2].breakStarts", "16:00");
		form.put("hours[2].breakEnds", "16:30");
		form.put("skills", List.of("", "prenatal"));

		HttpResponse<String> saved = this.http.form("/admin/therapists/" + therapist.id(), form);
		HttpResponse<String> timeOff = this.http.form("/admin/therapists/" + therapist.id() + "/time-off", Map
			.of("firstDay", "2026-12-24", "lastDay", "2026-12-27", "note", "Holidays", "_csrf", form.get("_csrf")));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(timeOff.statusCode()).isEqualTo(302);
		TherapistProfile stored = this.therapists.get(this.admin, therapist.id());
		assertThat(stored.hoursOn(DayOfWeek.WEDNESDAY))
			.hasValueSatisfying((day) -> assertThat(day.periods()).extracting(Object::toString)
				.containsExactly("12:00–16:00", "16:30–21:00"));
		assertThat(stored.has(Skill.PRENATAL)).isTrue();
		assertThat(stored.isAwayOn(java.time.LocalDate.of(2026, 12, 25))).isTrue();
	}

	@Test
	void aBreakOutsideTheWorkingHoursIsRefused() {
		TherapistProfile therapist = newTherapist();
		Map<String, Object> form = therapistForm(therapist);
		form.put("hours[0].open", "true");
		form.put("hours[0].starts", "09:00");
		form.put("hours[0].ends", "17:00");
		form.put("hours[0].breakStarts", "18:00");
		form.put("hours[0].breakEnds", "18:30");

		HttpResponse<String> response = this.http.form("/admin/therapists/" + therapist.id(), form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("A break needs a start and an end within the working hours.");
		assertThat(this.therapists.get(this.admin, therapist.id()).workingDays()).isEmpty();
	}

	@Test
	void timeOffThatEndsBeforeItStartsIsRefused() {
		TherapistProfile therapist = newTherapist();
		String token = this.http.csrf("/admin/therapists/" + therapist.id());

		HttpResponse<String> response = this.http.form("/admin/therapists/" + therapist.id() + "/time-off",
				Map.of("firstDay", "2026-12-27", "lastDay", "2026-12-24", "note", "", "_csrf", token));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("The last day cannot be before the first.");
		assertThat(this.therapists.get(this.admin, therapist.id()).timeOff()).isEmpty();
	}

	@Test
	void overlappingTimeOffIsRefusedWithAMessage() {
		TherapistProfile therapist = newTherapist();
		String token = this.http.csrf("/admin/therapists/" + therapist.id());
		this.http.form("/admin/therapists/" + therapist.id() + "/time-off",
				Map.of("firstDay", "2026-12-24", "lastDay", "2026-12-27", "note", "", "_csrf", token));

		HttpResponse<String> response = this.http.form("/admin/therapists/" + therapist.id() + "/time-off",
				Map.of("firstDay", "2026-12-26", "lastDay", "2026-12-30", "note", "Again", "_csrf", token));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("This overlaps time off already planned.");
		assertThat(this.therapists.get(this.admin, therapist.id()).timeOff()).hasSize(1);
	}

	@Test
	void theAdminCreatesATherapistAccountThatCanSignIn() {
		String email = "new-therapist-" + UUID.randomUUID() + "@demo.drift";
		String token = this.http.csrf("/admin/staff");

		HttpResponse<String> response = this.http.form("/admin/staff", Map.of("name", "Jo New", "email", email, "role",
				"THERAPIST", "password", "temporary-pass", "_csrf", token));

		assertThat(response.statusCode()).isEqualTo(302);
		AccountView account = this.accounts.findByEmail(email).orElseThrow();
		assertThat(account.therapistId()).isNotNull();
		assertThat(this.therapists.of(this.admin.clinicId()))
			.anySatisfy((t) -> assertThat(t.name()).isEqualTo("Jo New"));
		Http newcomer = new Http(this.port);
		newcomer.signIn(email, "temporary-pass");
		assertThat(newcomer.get("/home").body()).contains("Hello, Jo New");
	}

	@Test
	void anotherClinicsTherapistIsNotFound() {
		ClinicProfile other = this.clinics.open(new ClinicDetails("Elsewhere", java.time.ZoneId.of("Europe/Paris"),
				java.util.Locale.FRANCE, "EUR", new EmergencyNumbers(null, "112"), java.util.List.of(),
				ClinicSettings.defaults().withoutStaffMfa()));
		TherapistProfile foreign = this.therapists.join(other.id(),
				new TherapistDetails("Foreign Therapist", "", java.util.Set.of(), java.util.List.of()));

		HttpResponse<String> response = this.http.get("/admin/therapists/" + foreign.id());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("Foreign Therapist");
	}

	private TherapistProfile newTherapist() {
		TherapistId id = this.accounts
			.createStaff(this.admin,
					new NewStaff("Test Therapist", "t-" + UUID.randomUUID() + "@demo.drift", Role.THERAPIST,
							"temporary-pass"))
			.therapistId();
		return this.therapists.get(this.admin, id);
	}

	private Map<String, Object> clinicForm() {
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", this.http.csrf("/admin/clinic"));
		form.put("name", this.original.name());
		form.put("timeZone", this.original.timeZone().getId());
		form.put("locale", this.original.locale().toLanguageTag());
		form.put("currency", this.original.currency());
		form.put("urgentAdviceNumber", "111");
		form.put("emergencyNumber", "999");
		form.put("inactivityTimeoutMinutes", "30");
		DayOfWeek[] days = DayOfWeek.values();
		for (int i = 0; i < 7; i++) {
			form.put("hours[" + i + "].day", days[i].name());
			int index = i;
			this.original.hoursOn(days[i]).ifPresent((hours) -> {
				form.put("hours[" + index + "].open", "true");
				form.put("hours[" + index + "].starts", hours.opens().toString());
				form.put("hours[" + index + "].ends", hours.closes().toString());
			});
		}
		return form;
	}

	private Map<String, Object> therapistForm(TherapistProfile therapist) {
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", this.http.csrf("/admin/therapists/" + therapist.id()));
		form.put("name", therapist.name());
		form.put("bio", "Calm evening sessions.");
		DayOfWeek[] days = DayOfWeek.values();
		for (int i = 0; i < 7; i++) {
			form.put("hours[" + i + "].day", days[i].name());
		}
		return form;
	}

}
