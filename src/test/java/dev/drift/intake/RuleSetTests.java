package dev.drift.intake;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.drift.screening.Screen;
import dev.drift.screening.Level;
import dev.drift.screening.RuleSets;
import dev.drift.screening.RuleSetVersion;
import dev.drift.screening.RuleSettings;
import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.people.Actor;
import dev.drift.people.People;
import dev.drift.people.Role;
import dev.drift.shared.ForbiddenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DriftTest
class RuleSetTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Intake intake;

	@Autowired
	RuleSets ruleSets;

	Http http;

	IntakeFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.fixtures = new IntakeFixtures(this.accounts, this.people);
	}

	@Test
	void aNewBloodPressureLineTakesEffectOnlyOnceSignedAndEarlierResultsKeepTheirVersion() {
		IntakeFixtures.OtherClinic clinic = this.fixtures.otherClinic();
		IntakeFixtures.TestClient client = this.fixtures.newClient(clinic.id());
		var reading = Screen
			.with(Map.of("bp_status", "\"controlled\"", "bp_systolic", "150", "bp_severe_symptoms", "false"));
		RuleSettings stricter = this.ruleSets.inForce(clinic.id()).settings().withBloodPressure(150, 95, 180, 120);

		HttpResponse<String> changed = this.http.json("PUT", "/api/v1/intake/rule-sets/settings",
				this.json.writeValueAsString(stricter), "Authorization", clinic.adminAuth());
		ScreeningView beforeSignOff = this.intake.recordIntake(client.actor(), client.id(), reading);

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		JsonNode pending = this.json.readTree(changed.body());
		assertThat(pending.get("label").asString()).isEqualTo("1.0.0+clinic.1");
		assertThat(beforeSignOff.ruleSetVersion()).isEqualTo("1.0.0");
		assertThat(beforeSignOff.result().triggeredRules()).containsExactly("G08");

		IntakeFixtures.Lead lead = this.fixtures.lead(clinic, this.ruleSets);
		HttpResponse<String> signed = this.http.json("POST",
				"/api/v1/intake/rule-sets/" + pending.get("id").asString() + "/sign-off", "{\"name\":\"Lena Lead\"}",
				"Authorization", lead.auth());
		ScreeningView afterSignOff = this.intake.recordIntake(client.actor(), client.id(), reading);

		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		assertThat(this.json.readTree(signed.body()).get("signedByName").asString()).isEqualTo("Lena Lead");
		assertThat(afterSignOff.ruleSetVersion()).isEqualTo("1.0.0+clinic.1");
		assertThat(afterSignOff.result().triggeredRules()).containsExactly("G06");
		assertThat(this.ruleSets.history(clinic.admin())).hasSize(1);
		assertThat(beforeSignOff.ruleSetVersion()).isEqualTo("1.0.0");
	}

	@Test
	void onlyTheNamedLeadTherapistSignsOffAndAnAdminCannotPutARuleSetInForceAlone() {
		IntakeFixtures.OtherClinic clinic = this.fixtures.otherClinic();
		AccountView therapist = this.accounts.createStaff(clinic.admin(), new NewStaff("Lead Person",
				"lead-" + java.util.UUID.randomUUID() + "@other.example", Role.THERAPIST, IntakeFixtures.PASSWORD));
		Actor lead = new Actor(therapist.id(), clinic.id(), Role.THERAPIST, null, therapist.therapistId());
		RuleSetVersion version = this.ruleSets.change(clinic.admin(),
				this.ruleSets.inForce(clinic.id()).settings().withFirstTrimesterLevel(Level.DEFER));

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.ruleSets.signOff(lead, version.id(), "Lead Person"));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.ruleSets.change(lead, Screen.defaults()));
		assertThatExceptionOfType(ForbiddenException.class).as("the admin alone")
			.isThrownBy(() -> this.ruleSets.signOff(clinic.admin(), version.id(), "Other Admin"));

		this.ruleSets.nameLeadTherapist(clinic.admin(), therapist.therapistId());
		RuleSetVersion signed = this.ruleSets.signOff(lead, version.id(), "Lead Person");

		assertThat(signed.signedBy()).isEqualTo(therapist.id());
		assertThat(signed.signedAt()).isNotNull();
		assertThat(this.ruleSets.inForce(clinic.id()).settings().firstTrimesterLevel()).isEqualTo(Level.DEFER);
		assertThat(this.ruleSets.pending(clinic.id())).isEmpty();
	}

	/**
	 * Issue 16: settings outside their clinical ranges were accepted and could be put in
	 * force; each is refused with its field, and no version is made.
	 */
	@Test
	void clinicallyImpossibleSettingsAreRefusedWithEveryFieldAndMakeNoVersion() {
		IntakeFixtures.OtherClinic clinic = this.fixtures.otherClinic();
		String nonsense = """
				{"feverCelsius": -1, "bpDeferSystolic": -160, "bpDeferDiastolic": 100, "bpUrgentSystolic": 150,
				 "bpUrgentDiastolic": 100, "dvtRecentMonths": -3, "surgeryRecentWeeks": 0, "firstTrimesterMaxWeeks": 13,
				 "pregnancyNoProneFromWeeks": 14, "pregnancySideLyingFromWeeks": 20, "firstTrimesterLevel": "MODIFY"}""";

		HttpResponse<String> refused = this.http.json("PUT", "/api/v1/intake/rule-sets/settings", nonsense,
				"Authorization", clinic.adminAuth());

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.get("code").asString()).isEqualTo("INVALID_RULE_SETTINGS");
		assertThat(problem.get("errors").valueStream().map((e) -> e.get("field").asString()).toList())
			.containsExactlyInAnyOrder("feverCelsius", "bpDeferSystolic", "bpUrgentDiastolic", "dvtRecentMonths",
					"surgeryRecentWeeks");
		for (String typed : List.of(nonsense.replace("\"MODIFY\"", "1"),
				nonsense.replace("-1,", "38.0,").replace("\"dvtRecentMonths\": -3", "\"dvtRecentMonths\": 1.5"),
				nonsense.replace("-1,", "1e308,"), nonsense.replace("-160", "2147483648"))) {
			HttpResponse<String> response = this.http.json("PUT", "/api/v1/intake/rule-sets/settings", typed,
					"Authorization", clinic.adminAuth());
			assertThat(response.statusCode()).as(typed).isBetween(400, 422);
		}
		assertThat(this.ruleSets.history(clinic.admin())).isEmpty();
	}

	@Test
	void anUnchangedSettingMakesNoNewVersion() {
		IntakeFixtures.OtherClinic clinic = this.fixtures.otherClinic();

		RuleSetVersion same = this.ruleSets.change(clinic.admin(), this.ruleSets.inForce(clinic.id()).settings());

		assertThat(same.number()).isZero();
		assertThat(this.ruleSets.history(clinic.admin())).isEmpty();
	}

}
