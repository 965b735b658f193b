package dev.drift.questionnaires;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.drift.sleep.VectorFiles;
import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.audit.AuditLog;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class QuestionnairePagesTests {

	static final String PASSWORD = TestPeople.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	TestPeople people;

	@Autowired
	People directory;

	@Autowired
	AuditLog audit;

	@Autowired
	Questionnaires questionnaires;

	Http http;

	UUID client;

	String email;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		Person robin = this.people.newClient(this.people.demoClinic(), "Robin Pages");
		this.email = robin.email();
		this.client = robin.clientId().value();
	}

	static Map<String, Object> isi(String csrf, String... values) {
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", csrf);
		for (int i = 0; i < values.length; i++) {
			form.put(IsiAnswers.KEYS.get(i), values[i]);
		}
		return form;
	}

	@Test
	void theIsiFormIsRenderedFromTheDefinitionWithTheRecallPeriod() {
		this.http.signIn(this.email, PASSWORD);

		String page = this.http.get("/me/questionnaires/isi").body();

		assertThat(page).contains("Your current sleep: the last 2 weeks", "Difficulty falling asleep",
				"Very dissatisfied", "Very much interfering");
		assertThat(page.split("type=\"radio\"", -1)).hasSize(7 * 5 + 1);
	}

	@Test
	void missingAnswersComeBackAsFieldMessagesWithTheGivenAnswersKeptAndNothingStored() {
		this.http.signIn(this.email, PASSWORD);
		String csrf = this.http.csrf("/me/questionnaires/isi");

		HttpResponse<String> response = this.http.form("/me/questionnaires/isi", isi(csrf, "3", "2", "9"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Please answer this question.", "wakingTooEarly-error",
				"Please choose one of the answers");
		assertThat(response.body()).contains("name=\"fallingAsleep\" value=\"3\" checked=\"checked\"");
		assertThat(this.questionnaires.history(client(), new dev.drift.people.ClientId(this.client)).isi()).isEmpty();
	}

	@Test
	void aCompletedIsiRedirectsToTheHistoryWithTheScoreAndCategory() {
		this.http.signIn(this.email, PASSWORD);
		String csrf = this.http.csrf("/me/questionnaires/isi");

		HttpResponse<String> response = this.http.form("/me/questionnaires/isi",
				isi(csrf, "3", "3", "2", "3", "2", "3", "2"));
		String history = this.http.get("/me/questionnaires").body();

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/me/questionnaires");
		assertThat(history).contains("Your ISI score is 18", "Clinical insomnia (moderate)", "Baseline");
		assertThat(this.http.get("/me/questionnaires").body()).doesNotContain("Your ISI score is 18");
		JsonNode chart = VectorFiles.JSON.readTree(this.http.get("/me/questionnaires/chart").body());
		assertThat(chart.get("isi").get(0).get("score").asInt()).isEqualTo(18);
		assertThat(chart.get("isiBands")).hasSize(4);
	}

	@Test
	void psqiHoursAcceptHoursAndMinutesButNotARange() {
		this.http.signIn(this.email, PASSWORD);
		String csrf = this.http.csrf("/me/questionnaires/psqi");
		Map<String, Object> form = new HashMap<>(Map.of("_csrf", csrf, "q1BedTime", "22:30", "q2LatencyMinutes", "45",
				"q3GetUpTime", "06:45", "q4SleepHours", "6-7", "q6", "2", "q7", "1", "q8", "1", "q9", "2"));
		for (String item : List.of("q5a", "q5b", "q5c", "q5d", "q5e", "q5f", "q5g", "q5h", "q5i")) {
			form.put(item, "1");
		}

		HttpResponse<String> range = this.http.form("/me/questionnaires/psqi", form);
		form.put("q4SleepHours", "5:30");
		HttpResponse<String> saved = this.http.form("/me/questionnaires/psqi", form);

		assertThat(range.statusCode()).isEqualTo(200);
		assertThat(range.body()).contains("q4SleepHours-error", "not a range",
				"Hours of actual sleep: enter a number of hours from 0 to 24");
		assertThat(range.body()).doesNotContain("choose one of the answers");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.http.get("/me/questionnaires").body()).contains("Your PSQI score is", "Poor sleeper");
	}

	@Test
	void staffSeeAClientsQuestionnairesAuditedAndAnotherClinicCannot() {
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");
		long before = this.audit.count("QUESTIONNAIRE_READ", this.client);

		HttpResponse<String> page = therapist.get("/clients/" + this.client + "/questionnaires");
		HttpResponse<String> chart = therapist.get("/clients/" + this.client + "/questionnaires/chart");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-chart-url=\"/clients/" + this.client + "/questionnaires/chart\"");
		assertThat(chart.statusCode()).isEqualTo(200);
		assertThat(this.audit.count("QUESTIONNAIRE_READ", this.client)).isEqualTo(before + 2);

		Http other = new Http(this.port);
		other.signIn(otherClinicAdmin(), "other-clinic-pw");
		HttpResponse<String> foreign = other.get("/clients/" + this.client + "/questionnaires");
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).doesNotContain("Robin");
	}

	@Test
	void dueQuestionnairesAppearOnTheClientsHomePage() {
		this.http.signIn(this.email, PASSWORD);

		String home = this.http.get("/home").body();

		assertThat(home).contains("Questionnaires due", "/me/questionnaires/isi", "/me/questionnaires/psqi");
	}

	@Test
	void theAdminChangesTheScheduleWithValidationAndSeesTheLicences() {
		Http admin = new Http(this.port);
		admin.signIn("admin@demo.drift", "drift-demo");
		String page = admin.get("/admin/questionnaires").body();
		String csrf = admin.csrf("/admin/questionnaires");

		HttpResponse<String> invalid = admin.form("/admin/questionnaires",
				Map.of("_csrf", csrf, "isiAtSignUp", "true", "isiEveryWeeks", "60", "psqiEveryWeeks", "four"));
		HttpResponse<String> valid = admin.form("/admin/questionnaires",
				Map.of("_csrf", csrf, "isiAtSignUp", "true", "isiEveryWeeks", "3", "psqiEveryWeeks", "0"));
		QuestionnaireSchedule changed = this.questionnaires.schedule(client().clinicId());
		admin.form("/admin/questionnaires", Map.of("_csrf", csrf, "isiAtSignUp", "true", "isiEveryWeeks", "2",
				"psqiAtSignUp", "true", "psqiEveryWeeks", "4"));

		assertThat(page).contains("Charles M. Morin", "University of Pittsburgh", "copyright holder")
			.doesNotContain("open decision", "before release");
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("from 0 to 52", "whole number of weeks");
		assertThat(valid.statusCode()).isEqualTo(302);
		assertThat(changed).isEqualTo(new QuestionnaireSchedule(true, 3, false, 0));
		assertThat(this.questionnaires.schedule(client().clinicId())).isEqualTo(QuestionnaireSchedule.defaults());
	}

	@Test
	void clientsCannotOpenTheScheduleOrAnotherClientsPage() {
		this.http.signIn(this.email, PASSWORD);

		assertThat(this.http.get("/admin/questionnaires").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/clients/" + this.client + "/questionnaires").statusCode()).isEqualTo(403);
	}

	private dev.drift.people.Actor client() {
		AccountView account = this.accounts.findByEmail(this.email).orElseThrow();
		return new dev.drift.people.Actor(account.id(), account.clinicId(), Role.CLIENT, account.clientId(), null);
	}

	private String otherClinicAdmin() {
		String admin = "admin-" + UUID.randomUUID() + "@other.example";
		ClinicProfile other = this.directory
			.openClinic(new ClinicDetails("Other Clinic", ZoneId.of("America/New_York"), Locale.US, "USD",
					new EmergencyNumbers(null, "911"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		this.accounts.createFirstAdmin(other.id(), new NewStaff("Other Admin", admin, Role.ADMIN, "other-clinic-pw"));
		return admin;
	}

}
