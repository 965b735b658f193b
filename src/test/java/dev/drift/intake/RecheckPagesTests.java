package dev.drift.intake;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.drift.screening.Screen;
import dev.drift.screening.Level;
import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's pre-visit check over HTTP: the home page card in the 48 hours before a
 * treatment visit, "nothing changed", a change that goes through the intake form and
 * screens again, and what others may not see.
 */
@DriftTest
class RecheckPagesTests {

	static final String CARD = "Has anything changed since your last visit?";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Intake intake;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	@Autowired
	ConfigurableApplicationContext context;

	/** The events the server published (on its own threads) during the test. */
	final List<ScreeningChanged> events = new CopyOnWriteArrayList<>();

	final ApplicationListener<ApplicationEvent> listener = (event) -> {
		if (event instanceof PayloadApplicationEvent<?> published
				&& published.getPayload() instanceof ScreeningChanged changed) {
			this.events.add(changed);
		}
	};

	Http http;

	Actor client;

	@BeforeEach
	void signUpAndScreen() {
		this.clock.set(this.clock.instant().truncatedTo(ChronoUnit.SECONDS));
		this.context.addApplicationListener(this.listener);
		this.http = new Http(this.port);
		this.client = signUp(this.http, "Rosa Recheck");
		this.intake.recordIntake(this.client, this.client.clientId(), Screen.clean());
	}

	@AfterEach
	void resetClockAndStopListening() {
		this.clock.reset();
		this.context.removeApplicationListener(this.listener);
	}

	@Test
	void nothingChangedIsRecordedAndTheClientIsThanked() {
		Recheck recheck = recheckIn(Duration.ofHours(24));
		long audited = this.audit.count("RECHECK_ANSWERED", this.client.clientId().value());

		String home = this.http.get("/home").body();
		HttpResponse<String> page = this.http.get(path(recheck));
		HttpResponse<String> answered = this.http.form(path(recheck),
				Map.of("nothing", "true", "_csrf", this.http.csrf(path(recheck))));
		HttpResponse<String> thanks = this.http.get(path(recheck));

		assertThat(home).contains(CARD, "href=\"" + path(recheck) + "\"");
		assertThat(page.body()).contains("Nothing has changed", "A new illness, or a fever?", "A new injury?",
				"A new medicine, or a change to one?", "A pregnancy, or a change in your pregnancy?",
				"Any new symptoms?");
		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(answered.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith(path(recheck)));
		assertThat(thanks.body()).contains("Thank you", "your visit goes ahead as planned");
		assertThat(this.intake.openRechecks(this.client, this.client.clientId())).isEmpty();
		assertThat(this.audit.count("RECHECK_ANSWERED", this.client.clientId().value())).isEqualTo(audited + 1);
		assertThat(this.http.get("/home").body()).doesNotContain(CARD);
		assertThat(this.intake.latestScreening(this.client, this.client.clientId()).orElseThrow().kind())
			.isEqualTo("INTAKE");
	}

	@Test
	void allFiveAnsweredNoIsTheSameAsNothingChanged() {
		Recheck recheck = recheckIn(Duration.ofHours(24));
		Map<String, Object> form = answers("no", "no", "no", "no", "no");
		form.put("_csrf", this.http.csrf(path(recheck)));

		HttpResponse<String> answered = this.http.form(path(recheck), form);

		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(this.intake.openRechecks(this.client, this.client.clientId())).isEmpty();
	}

	@Test
	void aChangeTakesTheClientThroughTheirAnswersAndScreensAgain() {
		Recheck recheck = recheckIn(Duration.ofHours(24));
		long changes = changesOf(this.client);
		Map<String, Object> form = answers("yes", "no", "no", "no", "no");
		form.put("_csrf", this.http.csrf(path(recheck)));

		HttpResponse<String> answered = this.http.form(path(recheck), form);
		HttpResponse<String> start = this.http.get("/me/intake");
		HttpResponse<String> firstStep = this.http.get("/me/intake/step/1");
		HttpResponse<String> lastStep = this.http.get("/me/intake/step/" + IntakeFormSteps.count());

		assertThat(answered.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/me/intake"));
		assertThat(start.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/me/intake/step/1"));
		assertThat(firstStep.body()).contains("Something has changed since your last visit")
			.doesNotContain("checked=\"checked\"");
		assertThat(lastStep.body()).as("the latest answers are filled in")
			.contains("name=\"pressure_preference\" value=\"P5\" checked=\"checked\"");
		assertThat(this.intake.openRechecks(this.client, this.client.clientId())).as("open until the answers are sent")
			.hasSize(1);
		assertThat(this.http.get(path(recheck)).body()).contains("Continue where you left off");

		this.clock.advance(Duration.ofMinutes(10));
		ObjectNode updated = Screen.with(Map.of("fever_today", "true"));
		for (int step = 1; step <= IntakeFormSteps.count(); step++) {
			String path = "/me/intake/step/" + step;
			assertThat(this.http.form(path, IntakeFormSteps.fields(step, updated, this.http.csrf(path))).statusCode())
				.as("step %d", step)
				.isEqualTo(302);
		}
		HttpResponse<String> submitted = this.http.form("/me/intake/submit",
				Map.of("_csrf", this.http.csrf("/me/intake/review")));
		HttpResponse<String> result = this.http.get("/me/screening");

		assertThat(submitted.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/me/screening"));
		assertThat(result.body()).contains("Thank you: your health answers are updated");
		ScreeningView latest = this.intake.latestScreening(this.client, this.client.clientId()).orElseThrow();
		assertThat(latest.kind()).isEqualTo("RECHECK");
		assertThat(latest.result().sessionLevel()).isEqualTo(Level.DEFER);
		assertThat(changesOf(this.client)).isEqualTo(changes + 1);
		ScreeningChanged changed = this.events.stream()
			.filter((e) -> e.clientId().equals(this.client.clientId()))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(changed.previousLevel()).isEqualTo(Level.OK);
		assertThat(changed.sessionLevel()).isEqualTo(Level.DEFER);
		assertThat(changed.screeningId()).isEqualTo(latest.id());
		assertThat(this.intake.openRechecks(this.client, this.client.clientId())).isEmpty();
		assertThat(this.http.get(path(recheck)).body()).contains("You told us something changed");
	}

	@Test
	void unansweredQuestionsComeBackWithMessagesAndNothingIsRecorded() {
		Recheck recheck = recheckIn(Duration.ofHours(24));
		Map<String, Object> form = answers("maybe", "no", "", "no", "no");
		form.remove("newSymptoms");
		form.put("_csrf", this.http.csrf(path(recheck)));

		HttpResponse<String> response = this.http.form(path(recheck), form);
		HttpResponse<String> noToken = this.http.form(path(recheck), Map.of("nothing", "true"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Please check the answers marked below.", "Please answer yes or no.")
			.containsPattern("value=\"no\" checked=\"checked\"");
		assertThat(response.body().split("Please answer yes or no.", -1)).hasSize(4);
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(this.intake.openRechecks(this.client, this.client.clientId())).hasSize(1);
	}

	@Test
	void aCheckMoreThanFortyEightHoursAheadIsNotOffered() {
		Recheck recheck = recheckIn(Duration.ofHours(72));

		String home = this.http.get("/home").body();
		HttpResponse<String> page = this.http.get(path(recheck));
		this.http.form(path(recheck), Map.of("nothing", "true", "_csrf", this.http.csrf("/me/profile")));

		assertThat(home).doesNotContain(CARD, path(recheck));
		assertThat(page.body()).contains("This check opens on").doesNotContain("Nothing has changed");
		this.clock.advance(Duration.ofHours(25));
		assertThat(this.intake.openRechecks(this.client, this.client.clientId())).as("still unanswered").hasSize(1);
		assertThat(this.http.get("/home").body()).contains(CARD);
	}

	@Test
	void anotherClientsCheckIsNotFoundAndTheBodySaysNothing() {
		Recheck theirs = recheckIn(Duration.ofHours(24));
		Http other = new Http(this.port);
		signUp(other, "Otto Other");

		HttpResponse<String> read = other.get(path(theirs), "Accept", "text/html");
		HttpResponse<String> answer = other.form(path(theirs),
				Map.of("nothing", "true", "_csrf", other.csrf("/me/profile")), "Accept", "text/html");
		HttpResponse<String> missing = other.get("/me/recheck/" + UUID.randomUUID(), "Accept", "text/html");

		assertThat(read.statusCode()).isEqualTo(404);
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(read.body()).doesNotContain(theirs.id().toString(), theirs.appointmentId().toString(),
				"Rosa Recheck", "Re-check", "Nothing has changed");
		assertThat(answer.body()).doesNotContain(theirs.id().toString(), "Re-check");
		assertThat(this.intake.openRechecks(this.client, this.client.clientId())).hasSize(1);
	}

	@Test
	void staffSeeWhetherTheLatestCheckIsAnswered() {
		Recheck recheck = recheckIn(Duration.ofHours(24));
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");
		String screening = "/clients/" + this.client.clientId().value() + "/screening";

		String before = therapist.get(screening).body();
		this.http.form(path(recheck), Map.of("nothing", "true", "_csrf", this.http.csrf(path(recheck))));
		String after = therapist.get(screening).body();

		assertThat(before).contains("Pre-visit check", "the client has not answered the pre-visit check");
		assertThat(after).contains("Pre-visit check", "nothing changed");
	}

	private Recheck recheckIn(Duration fromNow) {
		return this.intake.requestRecheck(this.client.clientId(), UUID.randomUUID(),
				this.clock.instant().plus(fromNow));
	}

	private long changesOf(Actor actor) {
		return this.events.stream().filter((e) -> e.clientId().equals(actor.clientId())).count();
	}

	private static String path(Recheck recheck) {
		return "/me/recheck/" + recheck.id();
	}

	private static Map<String, Object> answers(String illness, String injury, String medicine, String pregnancy,
			String symptoms) {
		Map<String, Object> form = new HashMap<>();
		form.put("newIllnessOrFever", illness);
		form.put("newInjury", injury);
		form.put("newMedicine", medicine);
		form.put("pregnancy", pregnancy);
		form.put("newSymptoms", symptoms);
		return form;
	}

	private Actor signUp(Http http, String name) {
		String email = "recheck-" + UUID.randomUUID() + "@example.org";
		String clinic = this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId().toString();
		HttpResponse<String> signUp = http.form("/signup",
				Map.of("name", name, "email", email, "password", "a-long-password", "timeZone", "Europe/London",
						"clinicId", clinic, "healthDataConsent", "true", "_csrf", http.csrf("/signup")));
		assertThat(signUp.statusCode()).isEqualTo(302);
		http.signIn(email, "a-long-password");
		AccountView account = this.accounts.findByEmail(email).orElseThrow();
		return new Actor(account.id(), account.clinicId(), Role.CLIENT, account.clientId(), null);
	}

}
