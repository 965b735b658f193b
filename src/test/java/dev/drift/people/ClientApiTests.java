package dev.drift.people;

import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class ClientApiTests {

	static final String CLIENT = Http.basic("client@demo.drift", "drift-demo");

	static final String CLIENT2 = Http.basic("client2@demo.drift", "drift-demo");

	static final String ADMIN = Http.basic("admin@demo.drift", "drift-demo");

	static final String THERAPIST = Http.basic("therapist@demo.drift", "drift-demo");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Clinics clinics;

	@Autowired
	AuditLog audit;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void meTellsAClientWhoTheyAre() {
		HttpResponse<String> response = this.http.get("/api/v1/me", "Authorization", CLIENT);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = this.json.readTree(response.body());
		assertThat(me.get("role").asString()).isEqualTo("CLIENT");
		assertThat(me.get("email").asString()).isEqualTo("client@demo.drift");
		assertThat(me.get("clientId").asString()).isEqualTo(clientId("client@demo.drift").toString());
		assertThat(me.has("therapistId")).isFalse();
	}

	@Test
	void aClientCannotReadAnotherClientAndLearnsNothingAboutThem() {
		UUID client2 = clientId("client2@demo.drift");

		HttpResponse<String> response = this.http.get("/api/v1/clients/" + client2, "Authorization", CLIENT);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(this.json.readTree(response.body()).get("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(withoutInstance(response.body())).doesNotContain("Oliver", "Bennett", "client2@demo.drift", "900102",
				"1979");
	}

	@Test
	void aForeignIdAnswersLikeAMissingOne() {
		UUID client2 = clientId("client2@demo.drift");

		HttpResponse<String> foreign = this.http.get("/api/v1/clients/" + client2, "Authorization", CLIENT);
		HttpResponse<String> missing = this.http.get("/api/v1/clients/" + UUID.randomUUID(), "Authorization", CLIENT);

		assertThat(foreign.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
		assertThat(withoutInstance(foreign.body())).isEqualTo(withoutInstance(missing.body()));
	}

	@Test
	void staffOfTheClinicReadAClientAndTheReadIsAudited() {
		UUID client2 = clientId("client2@demo.drift");
		long before = this.audit.count("CLIENT_PROFILE_READ", client2);

		HttpResponse<String> response = this.http.get("/api/v1/clients/" + client2, "Authorization", ADMIN);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode client = this.json.readTree(response.body());
		assertThat(client.get("name").asString()).isEqualTo("Oliver Bennett");
		assertThat(client.get("sleep").get("workdayMainSleepStart").asString()).isEqualTo("23:00");
		assertThat(client.get("sleep").get("shiftPattern").asString()).isEqualTo("no_shifts");
		assertThat(client.get("sleep").get("workdays")).hasSize(5);
		assertThat(this.audit.count("CLIENT_PROFILE_READ", client2)).isEqualTo(before + 1);
		assertThat(this.http.get("/api/v1/clients/" + client2, "Authorization", THERAPIST).statusCode()).isEqualTo(200);
	}

	@Test
	void staffOfAnotherClinicCannotReadTheClient() {
		String otherAdmin = otherClinicAdmin();
		UUID client2 = clientId("client2@demo.drift");

		HttpResponse<String> response = this.http.get("/api/v1/clients/" + client2, "Authorization", otherAdmin);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("Oliver", "client2@demo.drift");
		HttpResponse<String> list = this.http.get("/api/v1/clients?q=oliver", "Authorization", otherAdmin);
		assertThat(this.json.readTree(list.body()).get("total").asLong()).isZero();
	}

	@Test
	void staffSearchTheClientListAPageAtATime() {
		JsonNode first = this.json
			.readTree(this.http.get("/api/v1/clients?size=7&page=0", "Authorization", ADMIN).body());
		JsonNode third = this.json
			.readTree(this.http.get("/api/v1/clients?size=7&page=2", "Authorization", ADMIN).body());
		JsonNode search = this.json
			.readTree(this.http.get("/api/v1/clients?q=PRIYA", "Authorization", THERAPIST).body());

		assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(20);
		assertThat(first.get("items")).hasSize(7);
		assertThat(first.get("totalPages").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(third.get("items").size()).isBetween(1, 7);
		assertThat(search.get("items")).hasSize(1);
		assertThat(search.get("items").get(0).get("shiftPattern").asString()).isEqualTo("night");
	}

	@Test
	void searchTreatsWildcardsAsText() {
		JsonNode search = this.json.readTree(this.http.get("/api/v1/clients?q=%25", "Authorization", ADMIN).body());

		assertThat(search.get("total").asLong()).isZero();
	}

	@Test
	void clientsCannotListClients() {
		HttpResponse<String> response = this.http.get("/api/v1/clients", "Authorization", CLIENT);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(response.body()).get("code").asString()).isEqualTo("FORBIDDEN");
	}

	@Test
	void aClientChangesTheirSleepSchedule() {
		UUID me = clientId("client2@demo.drift");
		String body = """
				{"workdayMainSleepStart":"23:15","offdayMainSleepStart":"00:30",
				 "workdays":["MONDAY","TUESDAY","WEDNESDAY"],"shiftPattern":"rotating"}""";

		HttpResponse<String> response = this.http.json("PUT", "/api/v1/clients/" + me + "/sleep-schedule", body,
				"Authorization", CLIENT2);

		assertThat(response.statusCode()).isEqualTo(200);
		SleepSchedule stored = this.clients.find(new ClientId(me)).orElseThrow().sleep();
		assertThat(stored.offdayMainSleepStart()).isEqualTo(LocalTime.of(0, 30));
		assertThat(stored.shiftPattern()).isEqualTo(ShiftPattern.ROTATING);
		assertThat(stored.workdays()).hasSize(3);
		this.http.json("PUT", "/api/v1/clients/" + me + "/sleep-schedule", """
				{"workdayMainSleepStart":"23:00","offdayMainSleepStart":"23:30",
				 "workdays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],"shiftPattern":"no_shifts"}""",
				"Authorization", CLIENT2);
	}

	@Test
	void anInvalidSleepScheduleIsRefusedWithEveryBadFieldAndNothingChanges() {
		UUID me = clientId("client@demo.drift");
		SleepSchedule before = this.clients.find(new ClientId(me)).orElseThrow().sleep();
		String body = """
				{"workdayMainSleepStart":"25:00","offdayMainSleepStart":"",
				 "workdays":["FUNDAY"],"shiftPattern":"sometimes"}""";

		HttpResponse<String> response = this.http.json("PUT", "/api/v1/clients/" + me + "/sleep-schedule", body,
				"Authorization", CLIENT);

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
		List<String> fields = problem.get("errors").valueStream().map((e) -> e.get("field").asString()).toList();
		assertThat(fields).contains("workdayMainSleepStart", "offdayMainSleepStart", "workdays[0]", "shiftPattern");
		assertThat(this.clients.find(new ClientId(me)).orElseThrow().sleep()).isEqualTo(before);
	}

	@Test
	void missingAndNullValuesInASleepScheduleAreValidationErrors() {
		UUID me = clientId("client@demo.drift");

		HttpResponse<String> nullDay = this.http.json("PUT", "/api/v1/clients/" + me + "/sleep-schedule",
				"""
						{"workdayMainSleepStart":"22:30","offdayMainSleepStart":"22:30","workdays":[null],"shiftPattern":"early"}""",
				"Authorization", CLIENT);
		HttpResponse<String> empty = this.http.json("PUT", "/api/v1/clients/" + me + "/sleep-schedule", "{}",
				"Authorization", CLIENT);

		assertThat(nullDay.statusCode()).isEqualTo(422);
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(empty.body()).get("errors")).hasSize(4);
	}

	@Test
	void aClientCannotChangeAnotherClientsSchedule() {
		UUID client2 = clientId("client2@demo.drift");
		SleepSchedule before = this.clients.find(new ClientId(client2)).orElseThrow().sleep();
		String body = """
				{"workdayMainSleepStart":"20:00","offdayMainSleepStart":"20:00","workdays":[],"shiftPattern":"night"}""";

		HttpResponse<String> response = this.http.json("PUT", "/api/v1/clients/" + client2 + "/sleep-schedule", body,
				"Authorization", CLIENT);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(this.clients.find(new ClientId(client2)).orElseThrow().sleep()).isEqualTo(before);
	}

	@Test
	void malformedJsonAndUnknownAddressesAnswerProblemsWithCodes() {
		UUID me = clientId("client@demo.drift");

		HttpResponse<String> malformed = this.http.json("PUT", "/api/v1/clients/" + me + "/sleep-schedule", "{oops",
				"Authorization", CLIENT);
		HttpResponse<String> badId = this.http.get("/api/v1/clients/not-a-uuid", "Authorization", CLIENT);
		HttpResponse<String> unknown = this.http.get("/api/v1/nothing-here", "Authorization", CLIENT);

		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(malformed.body()).get("code").asString()).isEqualTo("MALFORMED_REQUEST");
		assertThat(badId.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(badId.body()).get("code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(unknown.body()).get("code").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void theApiWantsCredentials() {
		HttpResponse<String> response = this.http.get("/api/v1/me");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(this.json.readTree(response.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		HttpResponse<String> response = this.http.get("/v3/api-docs", "Authorization",
				Http.basic("admin@demo.drift", "drift-demo"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("/api/v1/me", "/api/v1/clients/{id}/sleep-schedule");
	}

	private UUID clientId(String email) {
		return this.accounts.findByEmail(email).orElseThrow().clientId().value();
	}

	private String otherClinicAdmin() {
		String email = "admin-" + UUID.randomUUID() + "@other.example";
		ClinicProfile other = this.clinics
			.open(new ClinicDetails("Other Clinic", java.time.ZoneId.of("America/New_York"), Locale.US, "USD",
					new EmergencyNumbers(null, "911"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		AccountView admin = this.accounts.createFirstAdmin(other.id(),
				new NewStaff("Other Admin", email, Role.ADMIN, "other-clinic-pw"));
		assertThat(admin.clinicId())
			.isNotEqualTo(this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId());
		return Http.basic(email, "other-clinic-pw");
	}

	private static String withoutInstance(String body) {
		return body.replaceAll("\"instance\":\"[^\"]*\"", "");
	}

}
