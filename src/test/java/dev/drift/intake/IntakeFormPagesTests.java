package dev.drift.intake;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import dev.drift.screening.Screen;
import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import dev.drift.audit.AuditLog;
import dev.drift.people.ClientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class IntakeFormPagesTests {

	static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	dev.drift.people.People people;

	Http http;

	String email;

	@BeforeEach
	void signUp() {
		this.http = new Http(this.port);
		this.email = "intake-" + UUID.randomUUID() + "@example.org";
		String clinic = this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId().toString();
		HttpResponse<String> signUp = this.http.form("/signup",
				Map.of("name", "Ivy Intake", "email", this.email, "password", PASSWORD, "timeZone", "Europe/London",
						"clinicId", clinic, "healthDataConsent", "true", "_csrf", this.http.csrf("/signup")));
		assertThat(signUp.statusCode()).isEqualTo(302);
		this.http.signIn(this.email, PASSWORD);
	}

	@Test
	void theFormStartsAtStepOneWithTheSleepSchedulePrefilled() {
		HttpResponse<String> start = this.http.get("/me/intake");
		HttpResponse<String> last = this.http.get("/me/intake/step/" + IntakeFormSteps.count());

		assertThat(start.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/me/intake/step/1"));
		assertThat(last.body()).contains("Step 11 of 11", "value=\"22:30\"", "data-area-picker=\"pain_sites\"");
	}

	@Test
	void aReloadInTheMiddleLosesNothing() {
		ObjectNode answers = answers();
		for (int step = 1; step <= 8; step++) {
			HttpResponse<String> saved = post(step, answers);
			assertThat(saved.statusCode()).as("step %d", step).isEqualTo(302);
		}

		HttpResponse<String> resume = this.http.get("/me/intake");
		HttpResponse<String> again = this.http.get("/me/intake/step/8");

		assertThat(resume.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/step/9"));
		assertThat(again.body()).contains("Step 8 of 11", "<option value=\"left_calf\" selected=\"selected\">",
				"<option value=\"fresh_injury\" selected=\"selected\">");
	}

	@Test
	void aMissingAnswerIsNamedOnItsStepAndWhatWasTypedIsKept() {
		ObjectNode answers = answers();
		answers.put("foot_leg_inflamed", true);
		answers.put("temperature_c", "hot");

		HttpResponse<String> response = post(1, answers);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Please check the answers marked below.", "Please answer this question.",
				"value=\"hot\"", "This answer is not in the form we expected.");
		assertThat(this.http.get("/me/intake/step/1").body()).contains("value=\"hot\"");
	}

	@Test
	void aCraftedPostIsAnsweredWithMessagesNeverAnError() {
		Map<String, Object> form = new java.util.HashMap<>();
		form.put("_csrf", this.http.csrf("/me/intake/step/8"));
		form.put("nav", "next");
		form.put("local_issues[0].kind", "x".repeat(100_000));
		form.put("local_issues[0].area", "elbow");
		form.put("local_issues[0].severity", "minor");
		form.put("local_issues[99].kind", "burn");
		form.put("not_a_question", "true");

		HttpResponse<String> response = this.http.form("/me/intake/step/8", form);
		HttpResponse<String> noStep = this.http.form("/me/intake/step/99", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Line 1: Choose one of the answers shown.");
		assertThat(noStep.statusCode()).isEqualTo(400);
	}

	@Test
	void theReviewShowsEveryAnswerBeforeSending() {
		ObjectNode answers = answers();
		for (int step = 1; step <= IntakeFormSteps.count(); step++) {
			assertThat(post(step, answers).statusCode()).isEqualTo(302);
		}

		HttpResponse<String> review = this.http.get("/me/intake/review");

		assertThat(review.body())
			.contains("Check your answers", "A sprain, strain, bruise or whiplash", "Left lower leg (calf and shin)",
					"Send my answers")
			.doesNotContain("Some answers are missing");
	}

	@Test
	void aClientSubmitsSeesTheirResultAndTheProfileTakesTheSleepSchedule() {
		ObjectNode answers = answers();
		answers.put("main_sleep_start_workday", "23:15");
		for (int step = 1; step <= IntakeFormSteps.count(); step++) {
			assertThat(post(step, answers).statusCode()).isEqualTo(302);
		}
		assertThat(this.http.get("/me/intake/review").body()).contains("23:15");

		HttpResponse<String> submitted = this.http.form("/me/intake/submit",
				Map.of("_csrf", this.http.csrf("/me/intake/review")));
		HttpResponse<String> result = this.http.get("/me/screening");

		assertThat(submitted.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/me/screening"));
		assertThat(result.body()).contains("Your result", "Book now", "work around the injured area so it can heal",
				"href=\"/booking\"");
		ClientId client = this.accounts.findByEmail(this.email).orElseThrow().clientId();
		assertThat(this.people.findClient(client).orElseThrow().sleep().workdayMainSleepStart())
			.isEqualTo(java.time.LocalTime.of(23, 15));
		assertThat(this.http.get("/me/intake/step/8").body()).as("the next form starts from the latest answers")
			.contains("<option value=\"left_calf\" selected=\"selected\">");
		assertThat(this.http.get("/me/intake/step/1").body()).as("today's questions are answered fresh")
			.doesNotContain("checked=\"checked\"");
	}

	@Test
	void anIncompleteFormIsNotSubmittedAndTheFirstGapIsShownOnItsStep() {
		ObjectNode answers = answers();
		answers.remove("pregnant");
		for (int step = 1; step <= IntakeFormSteps.count(); step++) {
			post(step, answers);
		}

		HttpResponse<String> submitted = this.http.form("/me/intake/submit",
				Map.of("_csrf", this.http.csrf("/me/intake/review")));

		assertThat(submitted.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/me/intake/step/4?check=true"));
		assertThat(this.http.get("/me/intake/step/4?check=true").body()).contains("Please answer this question.");
		assertThat(this.http.get("/me/screening").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/me/intake"));
	}

	@Test
	void aTherapistFillsTheFormWithTheClientAndTheReadIsAudited() {
		ClientId client = this.accounts.findByEmail(this.email).orElseThrow().clientId();
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");
		long before = this.audit.count("INTAKE_DRAFT_READ", client.value());

		HttpResponse<String> step = therapist.get("/clients/" + client + "/intake/step/1");

		assertThat(step.body()).contains("Filling in with Ivy Intake", "Step 1 of 11");
		assertThat(this.audit.count("INTAKE_DRAFT_READ", client.value())).isEqualTo(before + 1);
	}

	@Test
	void aTherapistCompletesWhatTheClientStartedAndSubmitsIt() {
		ObjectNode answers = answers();
		for (int step = 1; step <= 5; step++) {
			post(step, answers);
		}
		ClientId client = this.accounts.findByEmail(this.email).orElseThrow().clientId();
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");
		String base = "/clients/" + client + "/intake";
		long saves = this.audit.count("INTAKE_DRAFT_SAVED", client.value());

		HttpResponse<String> resume = therapist.get(base);
		for (int step = 6; step <= IntakeFormSteps.count(); step++) {
			String path = base + "/step/" + step;
			assertThat(therapist.form(path, IntakeFormSteps.fields(step, answers, therapist.csrf(path))).statusCode())
				.isEqualTo(302);
		}
		HttpResponse<String> submitted = therapist.form(base + "/submit",
				Map.of("_csrf", therapist.csrf(base + "/review")));

		assertThat(resume.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/step/6"));
		assertThat(submitted.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/clients/" + client + "/screening"));
		assertThat(this.audit.count("INTAKE_DRAFT_SAVED", client.value())).isEqualTo(saves + 6);
		assertThat(this.http.get("/me/screening").body()).contains("work around the injured area so it can heal");
	}

	@Test
	void aMissingClientIsNotFoundAndTheBodySaysNothing() {
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");

		HttpResponse<String> response = therapist.get("/clients/" + UUID.randomUUID() + "/intake/step/1");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("Step 1", "Ivy");
	}

	private HttpResponse<String> post(int step, ObjectNode answers) {
		String path = "/me/intake/step/" + step;
		return this.http.form(path, IntakeFormSteps.fields(step, answers, this.http.csrf(path)));
	}

	static ObjectNode answers() {
		return Screen.with(Map.of("local_issues", """
				[{"kind": "fresh_injury", "area": "left_calf", "severity": "minor"}]"""));
	}

}
