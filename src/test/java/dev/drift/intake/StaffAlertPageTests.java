package dev.drift.intake;

import java.util.Map;

import dev.drift.screening.Screen;
import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import dev.drift.people.People;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class StaffAlertPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Intake intake;

	@Test
	void theTherapistsHomePageLoadsTheScreeningAlerts() {
		IntakeFixtures.TestClient client = new IntakeFixtures(this.accounts, this.people).newDemoClient();
		this.intake.recordIntake(client.actor(), client.id(),
				Screen.with(Map.of("back_pain_or_sciatica", "true", "back_red_flags", "[\"bladder_bowel_change\"]")));
		Http http = new Http(this.port);
		http.signIn("therapist@demo.drift", "drift-demo");

		assertThat(http.get("/home").body()).contains("hx-get=\"/intake/alerts\"");
		String alerts = http.get("/intake/alerts").body();

		assertThat(alerts).contains("Screening alerts", "/clients/" + client.id().value() + "/screening",
				"Referred for urgent medical advice");
	}

}
