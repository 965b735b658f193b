package dev.drift.sleep;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sleep endpoint (API, pages, chart JSON) answers another client's, another
 * clinic's or a missing client id with 404 and a body that tells nothing about the
 * client; a client on a staff page is refused by role (403) with nothing either.
 */
@DriftTest
class SleepAccessTests {

	static final String ISI = """
			{"items":{"fallingAsleep":1,"stayingAsleep":1,"wakingTooEarly":1,"satisfaction":1,
			 "noticeability":1,"worry":1,"interference":1}}""";

	static final String NIGHT = """
			{"diaryDate":"2020-01-10","intoBed":"23:00","triedToSleep":"23:00","solMinutes":10,"awakenings":1,
			 "wasoMinutes":10,"finalAwakening":"07:00","outOfBed":"07:00","quality":3}""";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	UUID emma;

	String otherAdmin;

	String otherPassword = "other-clinic-pw";

	@BeforeEach
	void setUp() {
		this.emma = this.accounts.findByEmail("client@demo.drift").orElseThrow().clientId().value();
		this.otherAdmin = "admin-" + UUID.randomUUID() + "@other.example";
		ClinicProfile other = this.people
			.openClinic(new ClinicDetails("Other Clinic", java.time.ZoneId.of("America/New_York"), Locale.US, "USD",
					new EmergencyNumbers(null, "911"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		this.accounts.createFirstAdmin(other.id(),
				new NewStaff("Other Admin", this.otherAdmin, Role.ADMIN, this.otherPassword));
	}

	@Test
	void everySleepApiEndpointAnswersAForeignOrMissingClientWith404AndLeaksNothing() {
		Http http = new Http(this.port);
		String[] callers = { Http.basic("client2@demo.drift", "drift-demo"),
				Http.basic(this.otherAdmin, this.otherPassword) };
		for (UUID id : List.of(this.emma, UUID.randomUUID())) {
			for (String caller : callers) {
				List<HttpResponse<String>> responses = List.of(
						http.get("/api/v1/clients/" + id + "/diary", "Authorization", caller),
						http.get("/api/v1/clients/" + id + "/diary?from=2000-01-01&to=2040-01-01", "Authorization",
								caller),
						http.json("POST", "/api/v1/clients/" + id + "/diary", NIGHT, "Authorization", caller),
						http.get("/api/v1/clients/" + id + "/sleep-summary", "Authorization", caller),
						http.get("/api/v1/clients/" + id + "/questionnaires", "Authorization", caller),
						http.json("POST", "/api/v1/clients/" + id + "/questionnaires/isi", ISI, "Authorization",
								caller),
						http.json("POST", "/api/v1/clients/" + id + "/questionnaires/psqi", "{}", "Authorization",
								caller));
				for (HttpResponse<String> response : responses) {
					assertThat(response.statusCode()).as(response.request().method() + " " + response.uri())
						.isEqualTo(404);
					assertNothingLeaks(response);
				}
			}
		}
	}

	@Test
	void everySleepPageAndChartAnswersAnotherClinicsStaffWith404AndAClientByRoleAndLeaksNothing() {
		Http other = new Http(this.port);
		other.signIn(this.otherAdmin, this.otherPassword);
		Http client2 = new Http(this.port);
		client2.signIn("client2@demo.drift", "drift-demo");
		for (UUID id : List.of(this.emma, UUID.randomUUID())) {
			String[] gets = { "/clients/" + id + "/sleep", "/clients/" + id + "/sleep/nights.json",
					"/clients/" + id + "/questionnaires", "/clients/" + id + "/questionnaires/chart" };
			for (String path : gets) {
				HttpResponse<String> response = other.get(path);
				assertThat(response.statusCode()).as(path).isEqualTo(404);
				assertNothingLeaks(response);
				HttpResponse<String> byClient = client2.get(path);
				assertThat(byClient.statusCode()).as(path).isIn(403, 404);
				assertNothingLeaks(byClient);
			}
			String token = other.csrf("/admin/questionnaires");
			HttpResponse<String> post = other.form("/clients/" + id + "/sleep/first-session",
					Map.of("date", "2020-01-01", "_csrf", token));
			assertThat(post.statusCode()).isEqualTo(404);
			assertNothingLeaks(post);
		}
	}

	private static void assertNothingLeaks(HttpResponse<String> response) {
		assertThat(response.body()).as(response.uri().toString())
			.doesNotContain("Emma", "Clarke", "client@demo.drift", "tstMinutes", "diaryDate", "total", "global",
					"labels", "Europe/London");
	}

}
