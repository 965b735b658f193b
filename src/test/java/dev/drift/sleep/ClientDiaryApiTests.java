package dev.drift.sleep;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.audit.AuditLog;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored diary over HTTP. The clock is moved to dates far from the demo data; each
 * test uses its own month.
 */
@DriftTest
class ClientDiaryApiTests {

	static final String CLIENT = Http.basic("client@demo.drift", "drift-demo");

	static final String CLIENT2 = Http.basic("client2@demo.drift", "drift-demo");

	static final String THERAPIST = Http.basic("therapist@demo.drift", "drift-demo");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	AuditLog audit;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	static String night(String date, String intoBed, int sol, int nwak, int waso, String outOfBed) {
		return """
				{"diaryDate":"%s","intoBed":"%s","triedToSleep":"%s","solMinutes":%d,"awakenings":%d,
				 "wasoMinutes":%d,"finalAwakening":"%s","outOfBed":"%s","quality":4,
				 "caffeineDrinks":2,"caffeineLast":"15:30","wantedMoreSleep":true}""".formatted(date, intoBed, intoBed,
				sol, nwak, waso, outOfBed, outOfBed);
	}

	@Test
	void aClientRecordsANightSeesItsMetricsEditsItForSevenDaysAndNotAfter() {
		UUID me = clientId("client@demo.drift");
		this.clock.set(Instant.parse("2031-01-10T07:30:00Z"));

		HttpResponse<String> recorded = post(me, night("2031-01-10", "23:00", 20, 1, 15, "07:00"), CLIENT);
		assertThat(recorded.statusCode()).isEqualTo(201);
		JsonNode entry = this.json.readTree(recorded.body());
		assertThat(entry.at("/metrics/tibMinutes").asInt()).isEqualTo(480);
		assertThat(entry.at("/metrics/tstMinutes").asInt()).isEqualTo(445);
		assertThat(entry.at("/metrics/sePercent").decimalValue()).isEqualByComparingTo("92.71");
		assertThat(entry.at("/entry/timeZone").asString()).isEqualTo("Europe/London");
		assertThat(entry.at("/evening/caffeineLast").asString()).startsWith("15:30");
		assertThat(entry.get("editable").asBoolean()).isTrue();

		this.clock.advance(Duration.ofDays(6));
		assertThat(post(me, night("2031-01-10", "23:00", 30, 1, 15, "07:00"), CLIENT).statusCode()).isEqualTo(201);
		assertThat(list(me, "2031-01-10", "2031-01-10", CLIENT).get(0).at("/metrics/tstMinutes").asInt())
			.isEqualTo(435);

		this.clock.advance(Duration.ofDays(2));
		HttpResponse<String> locked = post(me, night("2031-01-10", "23:00", 5, 1, 15, "07:00"), CLIENT);
		assertThat(locked.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(locked.body()).get("code").asString()).isEqualTo("DIARY_ENTRY_LOCKED");
		JsonNode stored = list(me, "2031-01-10", "2031-01-10", CLIENT).get(0);
		assertThat(stored.at("/metrics/tstMinutes").asInt()).isEqualTo(435);
		assertThat(stored.get("editable").asBoolean()).isFalse();
	}

	@Test
	void anInvalidNightIsRefusedWithItsCodeAndNothingIsStored() {
		UUID me = clientId("client@demo.drift");
		this.clock.set(Instant.parse("2031-02-10T07:30:00Z"));

		HttpResponse<String> refused = post(me, night("2031-02-10", "23:00", 200, 3, 240, "05:00"), CLIENT);

		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.get("code").asString()).isEqualTo("TST_NEGATIVE");
		assertThat(problem.get("tstMinutes").asInt()).isEqualTo(-80);
		assertThat(list(me, "2031-02-01", "2031-02-28", CLIENT)).isEmpty();
		HttpResponse<String> future = post(me, night("2031-02-11", "23:00", 20, 1, 15, "07:00"), CLIENT);
		assertThat(this.json.readTree(future.body()).get("code").asString()).isEqualTo("DIARY_DATE_IN_FUTURE");
	}

	@Test
	void aNightAcrossTheClocksGoingForwardGivesTheRealDuration() {
		UUID me = clientId("client@demo.drift");
		this.clock.set(Instant.parse("2031-03-30T08:00:00Z"));

		JsonNode entry = this.json.readTree(post(me, night("2031-03-30", "23:00", 0, 0, 0, "07:30"), CLIENT).body());

		assertThat(entry.at("/metrics/tibMinutes").asInt()).isEqualTo(450);
		assertThat(entry.at("/metrics/resolvedUtc/outOfBed").asString()).isEqualTo("2031-03-30T06:30:00Z");
	}

	@Test
	void warningsAreShownAndTheNightIsKept() {
		UUID me = clientId("client@demo.drift");
		this.clock.set(Instant.parse("2031-04-10T07:30:00Z"));

		HttpResponse<String> response = post(me, night("2031-04-10", "23:00", 10, 0, 25, "07:00"), CLIENT);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(list(me, "2031-04-10", "2031-04-10", CLIENT).get(0).at("/metrics/warnings/0").asString())
			.isEqualTo("WASO_WITHOUT_AWAKENINGS");
	}

	@Test
	void staffReadTheDiaryAndSummaryOfTheirClinicsClientAndTheReadsAreAudited() {
		UUID me = clientId("client@demo.drift");
		this.clock.set(Instant.parse("2031-05-20T07:30:00Z"));
		for (int day = 14; day <= 20; day++) {
			post(me, night("2031-05-" + day, "23:00", 20, 1, 10, "07:00"), CLIENT);
		}
		long before = this.audit.count("DIARY_READ", me);

		List<JsonNode> nights = list(me, "2031-05-14", "2031-05-20", THERAPIST);
		HttpResponse<String> summary = this.http.get("/api/v1/clients/" + me + "/sleep-summary", "Authorization",
				THERAPIST);

		assertThat(nights).hasSize(7);
		assertThat(summary.statusCode()).isEqualTo(200);
		JsonNode week = this.json.readTree(summary.body()).at("/weeks/0/window");
		assertThat(week.get("enoughData").asBoolean()).isTrue();
		assertThat(week.at("/summary/validNights").asInt()).isEqualTo(7);
		assertThat(week.at("/summary/meanTstMinutes").decimalValue()).isEqualByComparingTo("450");
		assertThat(this.audit.count("DIARY_READ", me)).isEqualTo(before + 2);
	}

	@Test
	void anotherClientsIdAnotherClinicsIdAndAMissingIdAreNotFoundAndLeakNothing() {
		UUID emma = clientId("client@demo.drift");
		String otherAdmin = otherClinicAdmin();
		String[] paths = { "/api/v1/clients/" + emma + "/diary", "/api/v1/clients/" + emma + "/sleep-summary" };
		for (String path : paths) {
			HttpResponse<String> foreign = this.http.get(path, "Authorization", CLIENT2);
			HttpResponse<String> otherClinic = this.http.get(path, "Authorization", otherAdmin);
			HttpResponse<String> missing = this.http.get(path.replace(emma.toString(), UUID.randomUUID().toString()),
					"Authorization", CLIENT);
			assertThat(foreign.statusCode()).isEqualTo(otherClinic.statusCode())
				.isEqualTo(missing.statusCode())
				.isEqualTo(404);
			assertThat(withoutInstance(foreign.body())).isEqualTo(withoutInstance(otherClinic.body()))
				.isEqualTo(withoutInstance(missing.body()))
				.doesNotContain("Emma", "tstMinutes", "diaryDate");
		}
		HttpResponse<String> write = post(emma, night("2031-06-10", "23:00", 20, 1, 15, "07:00"), CLIENT2);
		assertThat(write.statusCode()).isEqualTo(404);
		assertThat(write.body()).doesNotContain("Emma", "tstMinutes");
	}

	@Test
	void aNightPostedSeveralTimesAtOnceIsStoredOnceAndNeverAnError() throws Exception {
		UUID me = clientId("client@demo.drift");
		this.clock.set(Instant.parse("2031-07-10T07:30:00Z"));
		String night = night("2031-07-10", "23:00", 20, 1, 15, "07:00");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<HttpResponse<String>>> posts = new java.util.ArrayList<>();
			for (int i = 0; i < 6; i++) {
				posts.add(pool.submit(() -> new Http(this.port).json("POST", "/api/v1/clients/" + me + "/diary", night,
						"Authorization", CLIENT)));
			}
			for (java.util.concurrent.Future<HttpResponse<String>> post : posts) {
				HttpResponse<String> response = post.get();
				assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(list(me, "2031-07-10", "2031-07-10", CLIENT)).hasSize(1);
	}

	private HttpResponse<String> post(UUID client, String body, String auth) {
		return this.http.json("POST", "/api/v1/clients/" + client + "/diary", body, "Authorization", auth);
	}

	private List<JsonNode> list(UUID client, String from, String to, String auth) {
		HttpResponse<String> response = this.http.get("/api/v1/clients/" + client + "/diary?from=" + from + "&to=" + to,
				"Authorization", auth);
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body()).valueStream().toList();
	}

	private UUID clientId(String email) {
		return this.accounts.findByEmail(email).orElseThrow().clientId().value();
	}

	private String otherClinicAdmin() {
		String email = "admin-" + UUID.randomUUID() + "@other.example";
		ClinicProfile other = this.people
			.openClinic(new ClinicDetails("Other Clinic", java.time.ZoneId.of("America/New_York"), Locale.US, "USD",
					new EmergencyNumbers(null, "911"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		this.accounts.createFirstAdmin(other.id(), new NewStaff("Other Admin", email, Role.ADMIN, "other-clinic-pw"));
		return Http.basic(email, "other-clinic-pw");
	}

	private static String withoutInstance(String body) {
		return body.replaceAll("\"instance\":\"[^\"]*\"", "");
	}

}
