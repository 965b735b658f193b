package dev.drift.questionnaires;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.sleep.VectorFiles;
import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class QuestionnaireApiTests {

	static final String ADMIN = Http.basic("admin@demo.drift", "drift-demo");

	static final String THERAPIST = Http.basic("therapist@demo.drift", "drift-demo");

	static final String CLIENT2 = Http.basic("client2@demo.drift", "drift-demo");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People directory;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	@Autowired
	TestPeople people;

	Http http;

	UUID client;

	String me;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		Person quinn = this.people.newClient(this.people.demoClinic(), "Quinn Example");
		this.client = quinn.clientId().value();
		this.me = quinn.basicAuth();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	static String isi(int... values) {
		return """
				{"items":{"fallingAsleep":%d,"stayingAsleep":%d,"wakingTooEarly":%d,"satisfaction":%d,
				"noticeability":%d,"worry":%d,"interference":%d}}""".formatted(values[0], values[1], values[2],
				values[3], values[4], values[5], values[6]);
	}

	static final String PSQI = """
			{"q1BedTime":"22:30","q2LatencyMinutes":45,"q3GetUpTime":"06:45","q4SleepHours":5.5,
			"q5a":3,"q5b":3,"q5c":1,"q5d":0,"q5e":0,"q5f":0,"q5g":0,"q5h":0,"q5i":1,"q5j":null,"q5jText":null,
			"q6":2,"q7":1,"q8":1,"q9":2,"q10":"same-bed"}""";

	@Test
	void aClientRecordsQuestionnairesAndSeesScoresCategoriesAndChangeAgainstTheBaseline() {
		HttpResponse<String> baseline = post(this.client, "isi", isi(3, 3, 2, 3, 2, 3, 2), this.me);
		this.clock.advance(Duration.ofDays(14));
		HttpResponse<String> followUp = post(this.client, "isi", isi(1, 1, 1, 1, 1, 1, 1), this.me);
		HttpResponse<String> psqi = post(this.client, "psqi", PSQI, this.me);

		assertThat(baseline.statusCode()).isEqualTo(201);
		assertThat(json(baseline.body()).get("total").asInt()).isEqualTo(18);
		assertThat(json(baseline.body()).get("change").isNull()).isTrue();
		JsonNode change = json(followUp.body()).get("change");
		assertThat(change.get("reduction").asInt()).isEqualTo(11);
		assertThat(change.get("response").asBoolean()).isTrue();
		assertThat(change.get("remission").asBoolean()).isTrue();
		assertThat(change.get("remissionLabel").asString()).isEqualTo("REMISSION");
		assertThat(json(psqi.body()).get("total").asInt()).isEqualTo(13);
		assertThat(json(psqi.body()).get("category").asString()).isEqualTo("POOR_SLEEPER");

		JsonNode history = json(this.http.get(path(this.client), "Authorization", this.me).body());
		assertThat(history.get("isi")).hasSize(2);
		assertThat(history.get("isi").get(0).get("category").asString()).isEqualTo("CLINICAL_INSOMNIA_MODERATE");
		assertThat(history.get("isi").get(1).get("category").asString())
			.isEqualTo("NO_CLINICALLY_SIGNIFICANT_INSOMNIA");
		assertThat(history.get("isi").get(1).get("change").get("meetsMid6").asBoolean()).isTrue();
		assertThat(history.get("psqi").get(0).get("psqi").get("c2").asInt()).isEqualTo(3);
	}

	@Test
	void staffRecordAndReadForAClientOfTheirClinicAndAreAudited() {
		long recorded = this.audit.count("QUESTIONNAIRE_RECORDED", this.client);
		long read = this.audit.count("QUESTIONNAIRE_READ", this.client);

		assertThat(post(this.client, "psqi", PSQI, THERAPIST).statusCode()).isEqualTo(201);
		assertThat(this.http.get(path(this.client), "Authorization", ADMIN).statusCode()).isEqualTo(200);
		assertThat(this.http.get(path(this.client), "Authorization", this.me).statusCode()).isEqualTo(200);

		assertThat(this.audit.count("QUESTIONNAIRE_RECORDED", this.client)).isEqualTo(recorded + 1);
		assertThat(this.audit.count("QUESTIONNAIRE_READ", this.client)).isEqualTo(read + 1);
	}

	@Test
	void anotherClientAnotherClinicAndAMissingIdAllAnswerTheSame404() {
		post(this.client, "isi", isi(4, 4, 4, 4, 4, 4, 4), this.me);
		String otherAdmin = otherClinicAdmin();

		List<HttpResponse<String>> refused = List.of(this.http.get(path(this.client), "Authorization", CLIENT2),
				this.http.get(path(this.client), "Authorization", otherAdmin),
				this.http.get(path(UUID.randomUUID()), "Authorization", this.me),
				post(this.client, "isi", isi(0, 0, 0, 0, 0, 0, 0), CLIENT2),
				post(this.client, "psqi", PSQI, otherAdmin));

		for (HttpResponse<String> response : refused) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(json(response.body()).get("code").asString()).isEqualTo("NOT_FOUND");
			assertThat(withoutInstance(response.body())).doesNotContain("Quinn", "28", "CLINICAL");
			assertThat(withoutInstance(response.body())).isEqualTo(withoutInstance(refused.get(2).body()));
		}
		assertThat(json(this.http.get(path(this.client), "Authorization", this.me).body()).get("isi")).hasSize(1);
	}

	@Test
	void incompleteOrInvalidAnswersAreRefusedAndNothingIsStored() {
		HttpResponse<String> missing = post(this.client, "isi",
				"{\"items\":{\"fallingAsleep\":1,\"stayingAsleep\":null}}", this.me);
		HttpResponse<String> outOfRange = post(this.client, "psqi", PSQI.replace("\"q6\":2", "\"q6\":7"), this.me);
		HttpResponse<String> sameTimes = post(this.client, "psqi",
				PSQI.replace("\"q3GetUpTime\":\"06:45\"", "\"q3GetUpTime\":\"22:30\""), this.me);

		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(json(missing.body()).get("code").asString()).isEqualTo("ANSWER_REQUIRED");
		assertThat(json(missing.body()).get("errors")).hasSize(6);
		assertThat(json(outOfRange.body()).get("code").asString()).isEqualTo("ITEM_OUT_OF_RANGE");
		assertThat(json(sameTimes.body()).get("code").asString()).isEqualTo("TIME_IN_BED_ZERO");
		JsonNode history = json(this.http.get(path(this.client), "Authorization", this.me).body());
		assertThat(history.get("isi")).isEmpty();
		assertThat(history.get("psqi")).isEmpty();
	}

	@Test
	void anUnknownInstrumentIsNotFound() {
		assertThat(post(this.client, "phq9", "{}", this.me).statusCode()).isEqualTo(404);
	}

	@Test
	void aNewClientHasBothQuestionnairesDueAndNoneAfterCompletingThem() {
		JsonNode before = json(this.http.get(path(this.client), "Authorization", this.me).body()).get("due");
		post(this.client, "isi", isi(1, 1, 1, 1, 1, 1, 1), this.me);
		post(this.client, "psqi", PSQI, this.me);
		JsonNode after = json(this.http.get(path(this.client), "Authorization", this.me).body()).get("due");

		assertThat(before.valueStream().map((d) -> d.get("instrument").asString()).toList()).containsExactly("ISI",
				"PSQI");
		assertThat(after).isEmpty();
	}

	private HttpResponse<String> post(UUID client, String instrument, String body, String auth) {
		return this.http.json("POST", path(client) + "/" + instrument, body, "Authorization", auth);
	}

	private static String path(UUID client) {
		return "/api/v1/clients/" + client + "/questionnaires";
	}

	private static String withoutInstance(String body) {
		return body.replaceAll("\"instance\":\"[^\"]*\"", "");
	}

	private static JsonNode json(String body) {
		return VectorFiles.JSON.readTree(body);
	}

	private dev.drift.people.ClinicId demoClinic() {
		return this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId();
	}

	private String otherClinicAdmin() {
		String email = "admin-" + UUID.randomUUID() + "@other.example";
		ClinicProfile other = this.directory
			.openClinic(new ClinicDetails("Other Clinic", ZoneId.of("America/New_York"), Locale.US, "USD",
					new EmergencyNumbers(null, "911"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		this.accounts.createFirstAdmin(other.id(), new NewStaff("Other Admin", email, Role.ADMIN, "other-clinic-pw"));
		return Http.basic(email, "other-clinic-pw");
	}

}
