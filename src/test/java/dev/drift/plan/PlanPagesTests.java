package dev.drift.plan;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.accounts.Accounts;
import dev.drift.intake.Intake;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.plan.CourseRequest.Mode;
import dev.drift.questionnaires.Questionnaires;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan pages: a therapist creates a plan from the client page, reads why in plain
 * words, adjusts it (a refused adjustment re-renders with the reason and keeps what was
 * typed), previews the course; the client reads "My plan" with the next sessions and the
 * review date.
 */
@DriftTest
class PlanPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Plans plans;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	Intake intake;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	TestPeople testPeople;

	@Autowired
	MutableClock clock;

	PlanClinic clinic;

	Http staff;

	@BeforeEach
	void signedInAdmin() {
		this.clinic = PlanClinic.open(this.people, this.accounts, this.intake, this.questionnaires, this.plans,
				this.clock);
		this.staff = new Http(this.port);
		this.staff.signIn(this.clinic.adminEmail(), PlanClinic.PASSWORD);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aTherapistCreatesAPlanReadsWhyAdjustsItAndPreviewsTheCourse() {
		ClientProfile client = PlanClinic.client(this.people, this.intake, this.clinic.admin(), this.clock);
		String plans = "/clients/" + client.id().value() + "/plans";
		assertThat(this.staff.get(plans).body()).contains("No plan yet");

		HttpResponse<String> created = this.staff.form(plans, Map.of("_csrf", this.staff.csrf(plans)));
		assertThat(created.statusCode()).isEqualTo(302);
		String planPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		String page = this.staff.get(planPath).body();
		assertThat(page).contains("Plan created.")
			.contains("First visit: the clinic&#39;s 60-minute Swedish starting session")
			.contains("Weekly for 6 weeks");

		HttpResponse<String> refused = this.staff.form(planPath + "/adjust",
				Map.of("_csrf", this.staff.csrf(planPath), "techniques", List.of("SWEDISH"), "pressureStart", "P3",
						"pressureMax", "P3", "minutes", "200", "footAddOnMinutes", "0", "sessionsPerWeek", "1", "weeks",
						"6", "reason", "Longer please"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("15 to 120 minutes").contains("value=\"200\"").contains("Longer please");

		HttpResponse<String> adjusted = this.staff.form(planPath + "/adjust",
				Map.of("_csrf", this.staff.csrf(planPath), "techniques", List.of("SWEDISH"), "pressureStart", "P2",
						"pressureMax", "P3", "minutes", "60", "footAddOnMinutes", "0", "sessionsPerWeek", "1", "weeks",
						"6", "reason", "Prefers to start gently"));
		assertThat(adjusted.statusCode()).isEqualTo(302);
		assertThat(this.staff.get(planPath).body()).contains("Plan adjusted.")
			.contains("Start at P2, never above P3")
			.contains("Prefers to start gently");

		HttpResponse<String> preview = this.staff.form(planPath + "/book", Map.of("_csrf", this.staff.csrf(planPath),
				"from", this.clinic.monday().toString(), "mode", "ALL_OR_NOTHING", "action", "preview"));
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Preview: nothing is booked yet").contains("Session 6").contains("Review");
	}

	@Test
	void theClientReadsMyPlanWithTheNextSessionsAndTheReviewDate() {
		Person person = this.testPeople.newClient(this.clinic.admin().clinicId(), "Mia Myplan");
		ClientProfile client = ScreenedClients.cleared(this.intake, this.clinic.admin(),
				this.people.findClient(person.clientId()).orElseThrow());
		Http http = person.signedIn(this.port);
		assertThat(http.get("/me/plan").body()).contains("You have no plan yet");
		PlanView plan = this.plans.create(this.clinic.admin(), client.id(), NewPlan.asRecommended());
		this.plans.bookCourse(this.clinic.admin(), client.id(), plan.id(),
				new CourseRequest(this.clinic.monday(), null, Mode.ALL_OR_NOTHING, false));

		String page = http.get("/me/plan").body();

		assertThat(page).contains("My plan")
			.contains("Your next sessions")
			.contains("Massage, 60 minutes")
			.contains("We review how your sleep is going")
			.contains("foot and acupressure routine");
		assertThat(this.staff.get("/me/plan").statusCode()).as("staff have no plan page of their own")
			.isGreaterThanOrEqualTo(400);
	}

	@Test
	void anotherClinicsStaffCannotOpenThePlanPages() {
		Person foreign = this.testPeople.newClinic().admin();
		Http http = foreign.signedIn(this.port);
		String path = "/clients/" + this.clinic.client().id().value() + "/plans";

		assertThat(http.get(path).statusCode()).isEqualTo(404);
		assertThat(http.get(path + "/" + this.clinic.plan().id()).statusCode()).isEqualTo(404);
		assertThat(http.get(path + "/" + this.clinic.plan().id()).body()).doesNotContain("Weekly for");
	}

}
