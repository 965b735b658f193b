package dev.drift.selfcare;

import java.net.http.HttpResponse;
import java.util.Map;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine pages: the client's page with the self-check, the player's steps and
 * figures, the log and the reminder; a yes in the self-check skips the foot steps and
 * shows the advice with the clinic's numbers; staff assign a variant and see adherence
 * (also on the client page).
 */
@DriftTest
class SelfCarePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	People directory;

	@Autowired
	Intake intake;

	Person client;

	Http browser;

	@BeforeEach
	void setUp() {
		Actor admin = this.people.actor("admin@demo.drift");
		this.client = this.people.newClient();
		ScreenedClients.cleared(this.intake, admin, this.directory.findClient(this.client.clientId()).orElseThrow());
		this.browser = this.client.signedIn(this.port);
	}

	@Test
	void theClientSeesTheSelfCheckThenThePlayerWithFiguresAndStopRules() {
		HttpResponse<String> page = this.browser.get("/me/routine");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Quick foot check", "Any new pain in one calf?")
			.doesNotContain("id=\"player\"");

		HttpResponse<String> player = this.browser
			.get("/me/routine?variant=standard_15&checked=true&skin=no&inflamed=no&calf=no");
		assertThat(player.body()).contains("id=\"player\"", "Warm wash", "KI1 (Yongquan", "LR3 (Taichong)",
				"HT7 (Shenmen)", "Stop rules", "heat pads on numb feet", "How to find it", "role=\"img\"",
				"/js/routine-player.js", "may help some people relax");
		assertThat(player.body()).doesNotContain("<script>");
	}

	@Test
	void aYesInTheSelfCheckSkipsTheFootStepsAndShowsTheAdviceWithTheClinicsNumbers() {
		HttpResponse<String> page = this.browser
			.get("/me/routine?variant=standard_15&checked=true&skin=no&inflamed=no&calf=yes");

		assertThat(page.body())
			.contains("the foot steps are skipped tonight", "call 111 now", "call 999", "Hands and breath")
			.doesNotContain("Warm wash");
	}

	@Test
	void theLogFormStoresTheRoutineAndTheEveningsShowIt() {
		HttpResponse<String> saved = this.browser.form("/me/routine/log",
				Map.of("_csrf", this.browser.csrf("/me/routine"), "variant", "short_10", "completed", "true", "seconds",
						"620", "relaxation", "8"));
		assertThat(saved.statusCode()).isEqualTo(302);

		HttpResponse<String> page = this.browser.get("/me/routine");
		assertThat(page.body()).contains("Saved. Sleep well.", "Streak: 1 evening(s) in a row", "Done · Short");
	}

	@Test
	void staffAssignAVariantAndSeeAdherenceOnTheClientPage() {
		Http staff = new Http(this.port);
		staff.signIn("therapist@demo.drift", "drift-demo");
		String base = "/clients/" + this.client.clientId().value();

		HttpResponse<String> assigned = staff.form(base + "/routine/assign",
				Map.of("_csrf", staff.csrf(base + "/routine"), "variant", "short_10"));
		assertThat(assigned.statusCode()).isEqualTo(302);
		assertThat(staff.get(base + "/routine").body()).contains("Assigned.", "Short (about 10 min), 10 min");
		assertThat(this.browser.get("/me/routine").body()).contains("Your therapist suggests: Short");
		assertThat(staff.get(base).body()).contains("routine/adherence");
		assertThat(staff.get(base + "/routine/adherence").body()).contains("Self-care adherence",
				"Diary nights with and without the routine");
	}

	@Test
	void aClientWithoutAnIntakeGetsTheHandsAndBreathVersionWithTheReason() {
		Person fresh = this.people.newClient();
		Http staff = new Http(this.port);
		staff.signIn("therapist@demo.drift", "drift-demo");

		String page = staff.get("/clients/" + fresh.clientId().value() + "/routine").body();
		assertThat(page).contains("Hands and breath (about 6 min)", "Until you have completed your health intake")
			.doesNotContain("null · ");
		assertThat(fresh.signedIn(this.port).get("/me/routine").body()).contains("id=\"player\"")
			.doesNotContain("Quick foot check");
	}

	@Test
	void theClientChoosesWhenTheReminderComes() {
		HttpResponse<String> saved = this.browser.form("/me/routine/reminder",
				Map.of("_csrf", this.browser.csrf("/me/routine"), "enabled", "true", "minutes", "90"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.browser.get("/me/routine").body()).contains("Reminder saved.",
				"<option value=\"90\" selected=\"selected\">90 minutes</option>");
	}

}
