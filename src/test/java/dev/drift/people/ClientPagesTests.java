package dev.drift.people;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class ClientPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	Clients clients;

	@Autowired
	AuditLog audit;

	Http http;

	String email;

	ClientId client;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		Person pat = this.people.newClient(this.people.demoClinic(), "Pat Profile");
		this.email = pat.email();
		this.client = pat.clientId();
	}

	@Test
	void aClientChangesTheirProfileAndSleepSchedule() {
		this.http.signIn(this.email, TestPeople.PASSWORD);
		Map<String, Object> form = profileForm();
		form.put("workdayMainSleepStart", "09:00");
		form.put("offdayMainSleepStart", "23:30");
		form.put("shiftPattern", "night");
		form.put("phone", "+44 7700 900999");
		form.put("workdays", java.util.List.of("", "MONDAY", "TUESDAY"));

		HttpResponse<String> response = this.http.form("/me/profile", form);

		assertThat(response.statusCode()).isEqualTo(302);
		ClientProfile stored = this.clients.find(this.client).orElseThrow();
		assertThat(stored.sleep().workdayMainSleepStart()).isEqualTo(LocalTime.of(9, 0));
		assertThat(stored.sleep().shiftPattern()).isEqualTo(ShiftPattern.NIGHT);
		assertThat(stored.sleep().workdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
		assertThat(stored.phone()).isEqualTo("+44 7700 900999");
	}

	@Test
	void noWorkDaysIsAValidAnswer() {
		this.http.signIn(this.email, TestPeople.PASSWORD);
		Map<String, Object> form = profileForm();
		form.put("workdays", "");

		HttpResponse<String> response = this.http.form("/me/profile", form);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.clients.find(this.client).orElseThrow().sleep().workdays()).isEmpty();
	}

	@Test
	void aBadProfileKeepsWhatWasTypedAndNamesEachProblem() {
		this.http.signIn(this.email, TestPeople.PASSWORD);
		ClientProfile before = this.clients.find(this.client).orElseThrow();
		Map<String, Object> form = profileForm();
		form.put("name", "");
		form.put("phone", "call me maybe");
		form.put("dateOfBirth", "2999-01-01");
		form.put("timeZone", "Atlantis/Capital");
		form.put("workdayMainSleepStart", "7pm");

		HttpResponse<String> response = this.http.form("/me/profile", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Enter your name.", "Use digits, spaces", "cannot be in the future",
				"Choose a time zone from the list.", "Enter a time as HH:mm", "call me maybe", "7pm");
		assertThat(this.clients.find(this.client).orElseThrow()).isEqualTo(before);
	}

	@Test
	void staffSearchClientsAndHtmxGetsOnlyTheResults() {
		this.http.signIn("therapist@demo.drift", "drift-demo");

		HttpResponse<String> page = this.http.get("/clients?q=emma");
		HttpResponse<String> fragment = this.http.get("/clients?q=emma", "HX-Request", "true");
		HttpResponse<String> none = this.http.get("/clients?q=zzzz-nobody");

		assertThat(page.body()).contains("<html", "Emma Clarke").doesNotContain("Oliver Bennett");
		assertThat(fragment.body()).contains("Emma Clarke").doesNotContain("<html");
		assertThat(none.body()).contains("No clients match.");
	}

	@Test
	void theClientListIsPaginated() {
		this.http.signIn("admin@demo.drift", "drift-demo");

		HttpResponse<String> first = this.http.get("/clients");
		HttpResponse<String> second = this.http.get("/clients?page=1");

		assertThat(first.body()).contains("Page 1 of", "Next");
		assertThat(second.body()).contains("Page 2 of", "Previous");
	}

	@Test
	void staffOpenAClientsPageAndTheReadIsAudited() {
		this.http.signIn("therapist@demo.drift", "drift-demo");
		long before = this.audit.count("CLIENT_PROFILE_READ", this.client.value());

		HttpResponse<String> response = this.http.get("/clients/" + this.client);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Pat Profile", "Regular daytime hours");
		assertThat(this.audit.count("CLIENT_PROFILE_READ", this.client.value())).isEqualTo(before + 1);
	}

	@Test
	void aMissingClientPageIs404() {
		this.http.signIn("therapist@demo.drift", "drift-demo");

		HttpResponse<String> response = this.http.get("/clients/" + UUID.randomUUID(), "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page.");
	}

	private Map<String, Object> profileForm() {
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", this.http.csrf("/me/profile"));
		form.put("name", "Pat Profile");
		form.put("phone", "");
		form.put("dateOfBirth", "1990-05-01");
		form.put("timeZone", "Europe/London");
		form.put("contactByEmail", "true");
		form.put("workdayMainSleepStart", "22:30");
		form.put("offdayMainSleepStart", "23:00");
		form.put("workdays", java.util.List.of("", "MONDAY"));
		form.put("shiftPattern", "no_shifts");
		return form;
	}

}
