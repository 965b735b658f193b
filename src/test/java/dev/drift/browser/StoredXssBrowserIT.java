package dev.drift.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.intake.Intake;
import dev.drift.people.ClientId;
import dev.drift.people.People;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS in every free-text field a user can write. For each payload (script tags,
 * attribute break-outs, event handlers, a {@code javascript:} link) a fresh clinic is
 * filled through the real forms in headless Chromium — each field's value is a field tag
 * and the payload — and every page that shows the values is loaded as each viewer who
 * sees it (admin, therapist, client). Every payload would count itself in
 * {@code window.__xss} if it ran; the count stays 0, no element a payload would create
 * (an inline script, an {@code onerror}/{@code onload} handler, a {@code javascript:}
 * link) is in the DOM — so the escaping holds even without the Content-Security-Policy —
 * and every field's value is on some page as text, exactly as written (proof it was
 * stored and rendered, not refused).
 * <p>
 * Fields covered (form unless noted): clinic name and address; service name and
 * description; staff name (Staff page); therapist name and bio; time-off note; API token
 * name; client name (sign-up form, the same column the profile form writes) and the name
 * of a client added at the front desk; sleep-diary sleep medication (the diary's only
 * free-text field); PSQI "other reason" (q5jText); intake "anything else about your
 * health" (other_health_notes, recorded through the Intake facade: the multi-step form is
 * covered by its own tests); session note sleep report, goals, response, next session,
 * home advice and changes; addendum text; clearance given-by name, their role and limits;
 * screening override reason; plan adjustment reason; front-desk cancellation reason.
 * Stored and shown on no page (checked only for not running where they might appear): the
 * PSQI "other reason" and the online contact of an online booking (Booking facade), which
 * only the API returns, as JSON. Phone numbers, times, dates and numbers are validated by
 * pattern and refuse payloads; the waitlist and self-care routines have no free text.
 */
@DriftTest
class StoredXssBrowserIT {

	static final List<String> PAYLOADS = List.of("<script>window.__xss=(window.__xss||0)+1</script>",
			"\"><img src=x onerror=\"window.__xss=(window.__xss||0)+1\">",
			"<svg onload=window.__xss=(window.__xss||0)+1>", "'-(window.__xss=(window.__xss||0)+1)-'",
			"<a href=\"javascript:window.__xss=1\">x</a>");

	/** Elements a payload would create if it reached the DOM as markup. */
	static final String INJECTED = "script:not([src]), [onerror], [onload], a[href^='javascript:']";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Fills the named fields of a form (a radio or checkbox group by value, {@code *} for
	 * every box of the group; with {@code pickRadios}, every radio group left unset gets
	 * its first option) and submits it without its confirm dialog or the browser's own
	 * validation.
	 */
	private static final String FILL = """
			const [selector, values, pickRadios] = arguments;
			const form = document.querySelector(selector);
			if (!form) { return 'no form ' + selector; }
			for (const [name, value] of Object.entries(values)) {
			  const field = form.elements.namedItem(name);
			  if (!field) { return 'no field ' + name; }
			  if (field instanceof RadioNodeList || field.type === 'radio' || field.type === 'checkbox') {
			    const boxes = field instanceof RadioNodeList ? Array.from(field) : [field];
			    const hit = boxes.filter((box) => value === '*' || box.value === value);
			    if (hit.length === 0) { return 'no option ' + name + '=' + value; }
			    hit.forEach((box) => { box.checked = true; });
			  } else {
			    field.value = value;
			  }
			}
			if (pickRadios) {
			  const names = new Set(Array.from(form.querySelectorAll('input[type=radio]')).map((r) => r.name));
			  names.forEach((name) => {
			    const group = form.querySelectorAll('input[type=radio][name="' + name + '"]');
			    if (!Array.from(group).some((r) => r.checked)) { group[0].checked = true; }
			  });
			}
			HTMLFormElement.prototype.submit.call(form);
			return 'ok';
			""";

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	People directory;

	@Autowired
	Intake intake;

	@Autowired
	Booking booking;

	@Autowired
	MutableClock clock;

	private final StringBuilder seen = new StringBuilder();

	private final List<String> injected = new ArrayList<>();

	private int executions;

	private int views;

	@BeforeAll
	static void startBrowser() {
		browser = SignInBrowserIT.headless("1280,900");
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void noTemplateWritesUnescapedText() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> unescaped = files.filter((file) -> file.toString().endsWith(".html")).flatMap((file) -> {
				try {
					return Files.readAllLines(file)
						.stream()
						.filter((line) -> line.contains("th:utext") || line.contains("[(")
								|| line.contains("th:inline=\"javascript\""))
						.map((line) -> file + ": " + line);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(unescaped).isEmpty();
		}
	}

	@Test
	void noStoredPayloadRunsOnAnyPageThatShowsIt() {
		Set<String> fields = new LinkedHashSet<>();
		List<String> missing = new ArrayList<>();
		for (String payload : PAYLOADS) {
			this.seen.setLength(0);
			Round round = new Round(payload);
			Map<Viewer, List<String>> pages = round.store();
			fields.addAll(round.values.keySet());
			for (Map.Entry<Viewer, List<String>> viewer : pages.entrySet()) {
				signIn(viewer.getKey().email());
				for (String page : viewer.getValue()) {
					browser.get(url(page));
					inspect(page);
				}
			}
			round.values.forEach((field, value) -> {
				if (!round.notShown.contains(field) && !this.seen.toString().contains(value)) {
					missing.add(field + " (payload " + PAYLOADS.indexOf(payload) + ")");
				}
			});
		}

		System.out.println("Stored XSS: " + PAYLOADS.size() + " payloads, " + fields.size() + " fields, " + this.views
				+ " page views, " + this.executions + " script executions");
		assertThat(this.executions).isZero();
		assertThat(this.injected).isEmpty();
		assertThat(missing).as("fields whose value is on no page as text").isEmpty();
	}

	/**
	 * Counts the page in the browser: its script executions, its text and values, its
	 * injected elements.
	 */
	private void inspect(String page) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		this.seen.append(js.executeScript("return document.body.textContent + '\\n' + Array.from("
				+ "document.querySelectorAll('input, textarea')).map((e) => e.value).join('\\n');"));
		Object found = js.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
				+ ".map((e) => e.outerHTML.substring(0, 80));", INJECTED);
		((List<?>) found).forEach((element) -> this.injected.add(page + ": " + element));
		this.executions += ((Number) js.executeScript("return window.__xss || 0;")).intValue();
		this.views++;
	}

	private void signIn(String email) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(TestPeople.PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/home$"));
	}

	/**
	 * Submits a form of a page as the signed-in user and fails with the form's messages
	 * when it was refused.
	 */
	private void submit(String page, String form, Map<String, String> values, boolean pickRadios) {
		if (page != null) {
			browser.get(url(page));
		}
		WebElement html = browser.findElement(By.tagName("html"));
		Object result = ((JavascriptExecutor) browser).executeScript(FILL, form, values, pickRadios);
		assertThat(result).as(page + " " + form).isEqualTo("ok");
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
		List<String> errors = browser.findElements(By.cssSelector("p.error, ul.error li, .field.invalid"))
			.stream()
			.map(WebElement::getText)
			.filter((text) -> !text.isBlank())
			.toList();
		assertThat(errors).as("messages after " + form + " on " + page).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	record Viewer(String email) {
	}

	/** One payload in every free-text field of a fresh clinic. */
	private final class Round {

		final String payload;

		/** Field → the value stored in it (its tag and the payload). */
		final Map<String, String> values = new LinkedHashMap<>();

		Round(String payload) {
			this.payload = payload;
		}

		/**
		 * Fields stored but shown on no page (the API and exports carry them as JSON).
		 */
		final Set<String> notShown = new LinkedHashSet<>();

		String value(String field) {
			return this.values.computeIfAbsent(field, (f) -> "x" + this.values.size() + " " + this.payload);
		}

		String notShown(String field) {
			this.notShown.add(field);
			return value(field);
		}

		/**
		 * An appointment starting the given time from now, recorded by the admin as held
		 * (which takes only appointments in the past: the clock stands just after its
		 * start while it is recorded), so no therapist hours are needed.
		 */
		UUID held(Person admin, ClientId client, Person therapist, String service, Duration from, String contact) {
			MutableClock clock = StoredXssBrowserIT.this.clock;
			Instant now = clock.instant();
			clock.set(now.plus(from).plusSeconds(60));
			try {
				return StoredXssBrowserIT.this.booking
					.recordHeld(admin.actor(),
							new BookingRequest(client, therapist.actor().therapistId(), service, now.plus(from),
									contact))
					.appointment()
					.id();
			}
			finally {
				clock.set(now);
			}
		}

		/** Writes the payload everywhere; the pages each viewer loads afterwards. */
		Map<Viewer, List<String>> store() {
			TestClinic clinic = StoredXssBrowserIT.this.people.newClinic();
			Person admin = clinic.admin();
			Person therapist = StoredXssBrowserIT.this.people.newTherapist(clinic, "Tess Therapist");
			String tid = therapist.actor().therapistId().value().toString();
			String today = LocalDate.ofInstant(StoredXssBrowserIT.this.clock.instant(), TestPeople.LONDON).toString();

			// the admin: clinic, services, staff, therapist, time off, front desk
			signIn(admin.email());
			submit("/admin/clinic", "form[action='/admin/clinic']",
					Map.of("name", value("clinic name"), "address", value("clinic address")), false);
			submit("/admin/booking", "form[action='/admin/booking/services']",
					Map.of("code", "xss-svc", "name", value("service name"), "minutes", "30", "price", "10.00",
							"description", value("service description"), "active", "true"),
					false);
			submit("/admin/staff", "form[action='/admin/staff']", Map.of("name", value("staff name"), "email",
					"staff-" + UUID.randomUUID() + "@test.example", "role", "ADMIN", "password", "staff-pw-12345"),
					false);
			submit("/admin/therapists/" + tid, "form[action='/admin/therapists/" + tid + "']",
					Map.of("name", value("therapist name"), "bio", value("therapist bio")), false);
			submit("/admin/therapists/" + tid, "form[action='/admin/therapists/" + tid + "/time-off']",
					Map.of("firstDay", LocalDate.parse(today).plusDays(60).toString(), "lastDay",
							LocalDate.parse(today).plusDays(61).toString(), "note", value("time-off note")),
					false);
			submit("/clients/new", "form[action='/clients/new']", Map.of("name", value("front-desk client name"),
					"email", "desk-" + UUID.randomUUID() + "@test.example", "consent", "true"), false);

			// a client signs up and writes a diary night and a PSQI
			String email = "client-" + UUID.randomUUID() + "@test.example";
			browser.manage().deleteAllCookies();
			submit("/signup", "form[action='/signup']", Map.of("name", value("client name"), "email", email, "password",
					TestPeople.PASSWORD, "clinicId", clinic.id().value().toString(), "healthDataConsent", "true"),
					false);
			Person client = new Person(email, StoredXssBrowserIT.this.people.actor(email));
			ClientId cid = client.clientId();
			ScreenedClients.screened(StoredXssBrowserIT.this.intake, admin.actor(),
					StoredXssBrowserIT.this.directory.client(admin.actor(), cid),
					"{\"other_health_notes\": " + JSON.writeValueAsString(value("intake other health notes")) + "}");
			signIn(email);
			submit("/me/diary", "form[action='/me/diary']",
					Map.ofEntries(Map.entry("intoBed", "23:00"), Map.entry("triedToSleep", "23:10"),
							Map.entry("solMinutes", "20"), Map.entry("awakenings", "1"), Map.entry("wasoMinutes", "15"),
							Map.entry("finalAwakening", "06:50"), Map.entry("outOfBed", "07:00"),
							Map.entry("quality", "3"), Map.entry("wokeEarlier", "false"),
							Map.entry("sleepMedication", value("diary sleep medication"))),
					false);
			submit("/me/questionnaires/psqi", "form[action='/me/questionnaires/psqi']",
					Map.of("q1BedTime", "23:00", "q2LatencyMinutes", "20", "q3GetUpTime", "07:00", "q4SleepHours", "7",
							"q5jText", notShown("PSQI other reason")),
					true);

			// a client to clear and override, an online booking cancelled at the desk
			Person flagged = StoredXssBrowserIT.this.people.newClient(clinic.id(), "Fern Flagged");
			ScreenedClients.screened(StoredXssBrowserIT.this.intake, admin.actor(),
					StoredXssBrowserIT.this.directory.client(admin.actor(), flagged.clientId()),
					"{\"dvt_history\": true, \"dvt_current\": false, \"dvt_months_ago\": 3, \"dvt_limb\": \"left_leg\","
							+ " \"liver_conditions\": [\"cirrhosis\"]}");
			UUID online = held(admin, cid, therapist, "consultation", Duration.ofDays(3),
					notShown("booking online contact"));
			UUID cancelled = held(admin, cid, therapist, "consultation", Duration.ofDays(4), null);
			UUID session = held(admin, cid, therapist, "massage-60", Duration.ofMinutes(10), null);
			StoredXssBrowserIT.this.clock.advance(Duration.ofHours(1));

			// the therapist: token, screening, note, addendum, plan, desk cancellation
			signIn(therapist.email());
			submit("/account", "form[action='/account/tokens']", Map.of("name", value("API token name")), false);
			String screening = "/clients/" + flagged.clientId().value() + "/screening";
			submit(screening, "form[action$='/screening/clearance']",
					Map.of("rules", "G05", "givenByName", value("clearance given by"), "givenByRole",
							value("clearance role"), "givenOn", LocalDate.parse(today).minusDays(1).toString(),
							"limits", value("clearance limits")),
					false);
			submit(screening, "form[action$='/screening/override']",
					Map.of("rule", "G11", "reason", value("override reason")), false);
			submit("/sessions/day", "form[action='/sessions/" + session + "/attendance']", Map.of("status", "ATTENDED"),
					false);
			submit("/sessions/" + session, "#note-form",
					Map.of("sleepReport", value("note sleep report"), "goals", value("note goals"), "response",
							value("note response"), "nextSession", value("note next session"), "homeAdvice",
							value("note home advice"), "changes", value("note changes"), "minutes", "50", "driftOff",
							"DRIFTED_OFF", "asleepMinutes", "10", "confirmed", "*"),
					false);
			inspect("/sessions/" + session + " (draft, as saved)");
			submit(null, "form[action='/sessions/" + session + "/sign']", Map.of(), false);
			submit(null, "form[action='/sessions/" + session + "/addenda']", Map.of("text", value("addendum text")),
					false);
			String clientPage = "/clients/" + cid.value();
			submit(clientPage + "/plans", "form[action='" + clientPage + "/plans']", Map.of(), false);
			String plan = browser.getCurrentUrl().replace(url(""), "");
			submit(null, "form[action$='/adjust']", Map.of("minutes", "45", "reason", value("plan adjustment reason")),
					false);
			submit(clientPage + "/desk", "form[action='" + clientPage + "/desk/appointments/" + cancelled + "/cancel']",
					Map.of("reason", value("desk cancellation reason")), false);

			List<String> staff = List.of("/home", "/clients", clientPage, clientPage + "/desk", clientPage + "/sleep",
					clientPage + "/questionnaires", clientPage + "/screening", clientPage + "/intake/review", screening,
					"/clients/" + flagged.clientId().value(), "/sessions/" + session, "/sessions/" + session + "/print",
					plan, clientPage + "/plans", "/booking/calendar", "/booking/calendar/appointments/" + online,
					"/booking/calendar/appointments/" + cancelled, "/intake/alerts", "/account");
			List<String> adminOnly = List.of("/admin/clinic", "/admin/booking", "/admin/staff", "/admin/therapists",
					"/admin/therapists/" + tid);
			List<String> clientPages = List.of("/home", "/me/profile", "/account", "/booking/mine", "/booking",
					"/me/sessions", "/me/diary", "/me/sleep", "/me/questionnaires", "/me/screening", "/me/plan",
					"/me/intake/review");
			Map<Viewer, List<String>> pages = new LinkedHashMap<>();
			pages.put(new Viewer(admin.email()), Stream.concat(staff.stream(), adminOnly.stream()).toList());
			pages.put(new Viewer(therapist.email()), staff);
			pages.put(new Viewer(email), clientPages);
			pages.put(new Viewer(flagged.email()), List.of("/home", "/me/screening", "/booking/mine"));
			return pages;
		}

	}

}
