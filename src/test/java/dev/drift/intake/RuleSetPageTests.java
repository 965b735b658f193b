package dev.drift.intake;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import dev.drift.screening.RuleSets;
import dev.drift.screening.RuleSetVersion;
import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import dev.drift.people.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class RuleSetPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	RuleSets ruleSets;

	Http http;

	IntakeFixtures.OtherClinic clinic;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.clinic = new IntakeFixtures(this.accounts, this.people).otherClinic();
		this.http.signIn(this.clinic.adminEmail(), IntakeFixtures.PASSWORD);
	}

	@Test
	void anAdminChangesAThresholdAndTheLeadTherapistSignsTheNewVersionOff() {
		HttpResponse<String> saved = this.http.form("/intake/rules", settings(Map.of("bpDeferSystolic", "150")));

		assertThat(saved.statusCode()).isEqualTo(302);
		String page = this.http.get("/intake/rules").body();
		assertThat(page).contains("1.0.0+clinic.1", "Waiting for sign-off");
		assertThat(this.ruleSets.inForce(this.clinic.id()).label()).isEqualTo("1.0.0");

		RuleSetVersion pending = this.ruleSets.pending(this.clinic.id()).orElseThrow();
		assertThat(page).as("an admin alone cannot sign off").doesNotContain("/sign-off");
		IntakeFixtures.Lead lead = new IntakeFixtures(this.accounts, this.people).lead(this.clinic, this.ruleSets);
		Http leadBrowser = new Http(this.port);
		leadBrowser.signIn(lead.email(), IntakeFixtures.PASSWORD);
		HttpResponse<String> signed = leadBrowser.form("/intake/rules/" + pending.id() + "/sign-off",
				Map.of("name", "Lena Lead", "_csrf", leadBrowser.csrf("/intake/rules")));

		assertThat(signed.statusCode()).isEqualTo(302);
		assertThat(this.ruleSets.inForce(this.clinic.id()).settings().bpDeferSystolic()).isEqualTo(150);
	}

	@Test
	void badValuesReRenderWithEveryFieldMessageAndChangeNothing() {
		HttpResponse<String> response = this.http.form("/intake/rules", settings(Map.of("bpDeferSystolic", "abc",
				"feverCelsius", "45", "bpUrgentDiastolic", "95", "firstTrimesterLevel", "URGENT")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Enter a number from 130 to 200", "Enter a number from 37.5 to 39.0",
				"must be above the defer line", "Choose one of the options");
		assertThat(this.ruleSets.pending(this.clinic.id())).isEmpty();
	}

	private Map<String, String> settings(Map<String, String> changes) {
		Map<String, String> form = new HashMap<>(Map.of("feverCelsius", "38.0", "bpDeferSystolic", "160",
				"bpDeferDiastolic", "100", "bpUrgentSystolic", "180", "bpUrgentDiastolic", "120", "dvtRecentMonths",
				"6", "surgeryRecentWeeks", "6", "firstTrimesterLevel", "MODIFY"));
		form.putAll(changes);
		form.put("_csrf", this.http.csrf("/intake/rules"));
		return form;
	}

}
