package dev.drift.sleep;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.audit.AuditLog;
import dev.drift.people.ClientId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class SleepPageTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	MutableClock clock;

	@Autowired
	AuditLog audit;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	String email;

	ClientId client;

	@BeforeEach
	void setUp() {
		Person sam = this.people.newClient(this.people.demoClinic(), "Sam Sleeper");
		this.email = sam.email();
		this.client = sam.clientId();
		this.clock.set(Instant.parse("2031-09-20T07:00:00Z"));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void withoutNightsTheSleepPageSaysSo() {
		Http http = signedIn(this.email, TestPeople.PASSWORD);

		String page = http.get("/me/sleep").body();

		assertThat(page).contains("No nights recorded yet").doesNotContain("sleep-chart");
	}

	@Test
	void theClientSeesTheirNightsAsATableAChartAndTheBaselineBesideTheLatestWeek() {
		recordNights(7);
		Http http = signedIn(this.email, TestPeople.PASSWORD);

		String page = http.get("/me/sleep").body();
		HttpResponse<String> chart = http.get("/me/sleep/nights.json");

		assertThat(page).contains("id=\"sleep-chart\"", "data-src=\"/me/sleep/nights.json\"", "Sun 14 Sep",
				"Baseline and latest week", "class=\"questionnaire-history\"",
				"data-chart-url=\"/me/questionnaires/chart\"");
		JsonNode data = this.json.readTree(chart.body());
		assertThat(data.get("labels")).hasSize(7);
		assertThat(data.get("labels").get(0).asString()).isEqualTo("2031-09-14");
		assertThat(data.get("tst").get(0).asInt()).isEqualTo(420);
		assertThat(data.get("se").get(0).decimalValue()).isEqualByComparingTo("87.50");
	}

	@Test
	void figuresShowWholeMinutesAndOneDecimalPercentagesWithEachCellLabelledForAPhone() {
		Http api = new Http(this.port);
		int[] sol = { 10, 11, 12, 13, 14, 15, 17 };
		for (int i = 0; i < sol.length; i++) {
			api.json("POST", "/api/v1/clients/" + this.client.value() + "/diary", """
					{"diaryDate":"2031-09-%d","intoBed":"23:00","triedToSleep":"23:00","solMinutes":%d,"awakenings":1,
					 "wasoMinutes":23,"finalAwakening":"07:00","outOfBed":"07:00","quality":3}""".formatted(14 + i,
					sol[i]), "Authorization", Http.basic(this.email, TestPeople.PASSWORD));
		}
		Http http = signedIn(this.email, TestPeople.PASSWORD);

		String page = http.get("/me/sleep").body();
		String tables = page.substring(page.indexOf("<main"), page.indexOf("class=\"questionnaire-history\""));

		assertThat(tables).contains("91.7 %", "data-label=\"Sleep efficiency\"");
		assertThat(java.util.regex.Pattern.compile("\\d\\.\\d\\d").matcher(tables).find())
			.as("no figure with two decimals")
			.isFalse();
	}

	@Test
	void staffSeeTheSamePageAndTheReadIsAudited() {
		recordNights(3);
		Http therapist = signedIn("therapist@demo.drift", "drift-demo");
		long before = readRows();

		HttpResponse<String> page = therapist.get("/clients/" + this.client.value() + "/sleep");
		HttpResponse<String> chart = therapist.get("/clients/" + this.client.value() + "/sleep/nights.json");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Sleep: Sam Sleeper", "sleep-chart", "First massage session",
				"data-chart-url=\"/clients/" + this.client.value() + "/questionnaires/chart\"");
		assertThat(this.json.readTree(chart.body()).get("labels")).hasSize(3);
		assertThat(readRows()).as("one audit row per view").isEqualTo(before + 2);
	}

	private long readRows() {
		return this.jdbc.sql(
				"select count(*) from audit_event where client_id = :client and action in ('DIARY_READ', 'DIARY_SETTINGS_READ')")
			.param("client", this.client.value())
			.query(Long.class)
			.single();
	}

	@Test
	void anotherClientCannotOpenTheStaffPageAndAMissingClientIsNotFound() {
		Http other = signedIn("client2@demo.drift", "drift-demo");
		Http therapist = signedIn("therapist@demo.drift", "drift-demo");

		assertThat(other.get("/clients/" + this.client.value() + "/sleep").statusCode()).isEqualTo(403);
		HttpResponse<String> missing = therapist.get("/clients/" + UUID.randomUUID() + "/sleep/nights.json");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).doesNotContain("Sam", "tst");
	}

	private void recordNights(int count) {
		Http api = new Http(this.port);
		for (int i = 0; i < count; i++) {
			String date = "2031-09-" + (14 + i);
			HttpResponse<String> response = api.json("POST", "/api/v1/clients/" + this.client.value() + "/diary", """
					{"diaryDate":"%s","intoBed":"23:00","triedToSleep":"23:00","solMinutes":30,"awakenings":1,
					 "wasoMinutes":30,"finalAwakening":"07:00","outOfBed":"07:00","quality":3}""".formatted(date),
					"Authorization", Http.basic(this.email, TestPeople.PASSWORD));
			assertThat(response.statusCode()).isEqualTo(201);
		}
	}

	private Http signedIn(String user, String password) {
		Http http = new Http(this.port);
		http.signIn(user, password);
		return http;
	}

}
