package dev.drift.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.drift.DriftTest;
import dev.drift.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 17, item 14: every page each demo role can reach (anonymous, client, therapist,
 * admin) is checked in headless Chromium at a phone size (390 × 844) and a laptop size
 * (1366 × 900) with axe-core injected through the driver (the Content-Security-Policy
 * blocks page scripts), and must have no serious or critical violation and no sideways
 * scrolling ({@code scrollWidth > innerWidth}).
 * <p>
 * Pages are discovered, not listed: from each role's start pages the test follows every
 * same-origin link (GET only — forms are never submitted; sign-out, downloads, feeds and
 * JSON are skipped), one URL per page handler, so a page another change adds is checked
 * as soon as something links to it. Every HTML page handler ({@code @Controller} GET
 * mapping) that no role reached fails the test unless {@link #NOT_CRAWLED} says why;
 * pages no link reaches in the demo's state are opened from each role's seeds
 * ({@link #seeds}). Parts htmx loads into a page are waited for and checked with it.
 * <p>
 * axe-core comes from npm ({@code .ci/run} installs the pinned version into a cache
 * folder); the path to {@code axe.min.js} is the system property or environment variable
 * {@code DRIFT_AXE_SCRIPT}. Without it the test is skipped on a developer's machine and
 * fails in CI. Screenshots and {@code report.md} go to {@code target/axe/}.
 */
@DriftTest
class AccessibilityBrowserIT {

	static final String AXE_VERSION = "4.11.1";

	/** Sizes checked: a phone and a laptop. */
	static final int[][] SIZES = { { 390, 844 }, { 1366, 900 } };

	static final int MAX_PAGES_PER_ROLE = 120;

	/**
	 * Page handlers no link reaches and no seed opens, and why they are not checked here.
	 */
	static final Map<String, String> NOT_CRAWLED = Map.of("/booking/mine/{id}/reschedule/confirm",
			"reached only with a chosen slot in the query string", "/booking/offers/{offerId}",
			"reached only from an offer email's link", "/me/recheck/{id}", "reached only from a recheck email's link",
			"/sessions/{id}/print", "a print view opened from the note page in a new window", "/mfa",
			"asked for only during a sign-in that needs the second step (its form is one code field)", "/sessions/day",
			"an htmx part of the therapist's home page, checked inside it", "/intake/alerts",
			"an htmx part of the therapist's home page, checked inside it", "/clients/{id}/routine/adherence",
			"an htmx part of the client page, checked inside it");

	static final Path OUT = Path.of("target", "axe");

	static WebDriver browser;

	static String axeSource;

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeAll
	static void startBrowser() throws IOException {
		Path script = axeScript();
		boolean available = Files.isReadable(script);
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("axe-core is required in CI: " + script);
		}
		assumeTrue(available, "axe-core is not installed at " + script + " (see .ci/run)");
		axeSource = Files.readString(script);
		browser = SignInBrowserIT.headless("1366,900");
		browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Files.createDirectories(OUT);
	}

	static Path axeScript() {
		String configured = System.getProperty("DRIFT_AXE_SCRIPT", System.getenv("DRIFT_AXE_SCRIPT"));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		String cache = System.getenv("XDG_CACHE_HOME");
		Path base = (cache != null && !cache.isBlank()) ? Path.of(cache)
				: Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("drift/axe-core-" + AXE_VERSION + "/node_modules/axe-core/axe.min.js");
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	record Check(String role, String url, String handler, String size, Map<String, Integer> byImpact,
			List<String> serious, int scrollWidth, int innerWidth, String title) {

		boolean fails() {
			return !this.serious.isEmpty() || this.scrollWidth > this.innerWidth;
		}

	}

	@Test
	void everyPageOfEachRoleHasNoSeriousViolationAndNoSidewaysScrollAtBothSizes() throws Exception {
		long started = System.nanoTime();
		List<Check> checks = new ArrayList<>();
		Set<String> reached = new TreeSet<>();
		Map<String, List<String>> pagesByRole = new LinkedHashMap<>();
		for (String role : List.of("anonymous", "client", "therapist", "admin")) {
			browser.manage().deleteAllCookies();
			List<String> starts = seeds(role);
			if (!role.equals("anonymous")) {
				signIn(role + "@demo.drift");
			}
			List<String> pages = new ArrayList<>(crawl(role, starts, checks, reached));
			if (role.equals("admin")) {
				pages.add(timeOffOverABooking(checks));
			}
			pagesByRole.put(role, pages);
		}
		Set<String> unreached = new TreeSet<>(htmlPageHandlers());
		unreached.removeAll(reached);
		Set<String> unexplained = new TreeSet<>(unreached);
		unexplained.removeAll(NOT_CRAWLED.keySet());
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		writeReport(checks, pagesByRole, unreached, seconds);

		List<String> failures = checks.stream()
			.filter(Check::fails)
			.map(check -> check.role() + " " + check.url() + " @" + check.size() + ": "
					+ (check.scrollWidth() > check.innerWidth()
							? "scrolls sideways (" + check.scrollWidth() + " > " + check.innerWidth() + ") " : "")
					+ check.serious())
			.toList();
		System.out.println("AccessibilityBrowserIT: " + checks.size() + " checks of " + reached.size()
				+ " page handlers in " + seconds + " s; " + failures.size() + " failing; unreached handlers: "
				+ unreached + " — report in " + OUT.resolve("report.md").toAbsolutePath());
		assertThat(failures).as("pages with serious/critical axe violations or sideways scrolling").isEmpty();
		assertThat(unexplained)
			.as("GET page handlers no role reaches by links or seeds (link them, seed them or add to NOT_CRAWLED)")
			.isEmpty();
	}

	/**
	 * Where each role's crawl starts: the home page, then pages no link reaches in the
	 * demo's state (a link with a secret that is not valid, an intake's review, the front
	 * desk's booking form, a plan and its review) and the demo client with the most data
	 * (Emma: nights, questionnaires, appointments), so staff see her pages, not an empty
	 * client's.
	 */
	private List<String> seeds(String role) {
		if (role.equals("anonymous")) {
			return List.of("/", "/login", "/signup", "/password/reset?token=no-such-link",
					"/email/verify?token=no-such-link");
		}
		if (role.equals("client")) {
			return List.of("/home", "/me/intake/review");
		}
		String emma = this.people.actor("client@demo.drift").clientId().value().toString();
		List<String> seeds = new ArrayList<>(List.of("/home", "/clients/" + emma, "/clients/" + emma + "/sleep",
				"/clients/" + emma + "/questionnaires", "/clients/" + emma + "/desk",
				"/clients/" + emma + "/desk/book?service=consultation", "/clients/" + emma + "/intake/review",
				"/account"));
		this.jdbc.queryForList("select client_id, id from plan_plan order by created_at desc limit 1")
			.forEach((plan) -> {
				seeds.add("/clients/" + plan.get("client_id") + "/plans/" + plan.get("id"));
				seeds.add("/clients/" + plan.get("client_id") + "/plans/" + plan.get("id") + "/review");
			});
		return seeds;
	}

	/**
	 * A page only a form's answer shows: time off over a booked appointment lists the
	 * clash and asks for a decision (nothing is saved until one is made, so the demo
	 * stays as it is).
	 */
	private String timeOffOverABooking(List<Check> checks) throws IOException {
		String[] next = this.jdbc.queryForObject(
				"select therapist_id, starts_at, time_zone from booking_appointment"
						+ " where clinic_id = ? and status = 'BOOKED' and starts_at > ? order by starts_at limit 1",
				(rs, i) -> new String[] { rs.getString("therapist_id"),
						rs.getObject("starts_at", OffsetDateTime.class)
							.atZoneSameInstant(ZoneId.of(rs.getString("time_zone")))
							.toLocalDate()
							.toString() },
				this.people.actor("admin@demo.drift").clinicId().value(), Timestamp.from(this.clock.instant()));
		String day = next[1];
		String target = "/admin/therapists/" + next[0];
		browser.get(url(target));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("document.getElementById('firstDay').value = arguments[0];"
				+ " document.getElementById('lastDay').value = arguments[0];", day);
		browser.findElement(By.cssSelector("form[action$='/time-off'] button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".time-off-clashes")));
		String page = target + "/time-off (clashes on " + day + ")";
		for (int[] size : SIZES) {
			checks.add(check("admin", page, "POST /admin/therapists/{id}/time-off", size));
		}
		return page;
	}

	private void signIn(String email) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("drift-demo");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/home$"));
	}

	/** Breadth-first over same-origin links; one URL per page handler (or per path). */
	private List<String> crawl(String role, List<String> starts, List<Check> checks, Set<String> reached)
			throws Exception {
		Deque<String> queue = new ArrayDeque<>(starts);
		Set<String> seenKeys = new LinkedHashSet<>();
		List<String> visited = new ArrayList<>();
		while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_ROLE) {
			String target = queue.removeFirst();
			String handler = handlerFor(URI.create(target).getPath());
			String key = (handler != null) ? handler : URI.create(target).getPath();
			if (!seenKeys.add(key)) {
				continue;
			}
			browser.get(url(target));
			String landed = URI.create(browser.getCurrentUrl()).getPath();
			if (!role.equals("anonymous") && landed.equals("/login")) {
				continue; // not this role's page
			}
			if (handler != null && (role.equals("anonymous") || !landed.equals("/login"))) {
				reached.add(handler);
			}
			visited.add(target);
			for (int[] size : SIZES) {
				checks.add(check(role, target, key, size));
			}
			for (String link : links()) {
				String linkHandler = handlerFor(URI.create(link).getPath());
				if (!seenKeys.contains((linkHandler != null) ? linkHandler : URI.create(link).getPath())) {
					queue.addLast(link);
				}
			}
		}
		return visited;
	}

	@SuppressWarnings("unchecked")
	private List<String> links() {
		String origin = "http://localhost:" + this.port;
		List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript(
				"return Array.from(document.querySelectorAll('a[href]')).filter(a => !a.hasAttribute('download')"
						+ " && (!a.target || a.target === '_self')).map(a => a.href);");
		List<String> result = new ArrayList<>();
		for (String href : hrefs) {
			if (!href.startsWith(origin + "/")) {
				continue;
			}
			String relative = href.substring(origin.length());
			int hash = relative.indexOf('#');
			if (hash >= 0) {
				relative = relative.substring(0, hash);
			}
			String path = relative.contains("?") ? relative.substring(0, relative.indexOf('?')) : relative;
			if (path.isEmpty() || path.equals("/logout") || path.startsWith("/api/") || path.startsWith("/v3/")
					|| path.startsWith("/swagger") || path.startsWith("/css/") || path.startsWith("/js/")
					|| path.matches(".*\\.(zip|csv|json|ics|pdf|png|svg|js|css|txt)$")) {
				continue;
			}
			result.add(relative);
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private Check check(String role, String target, String handler, int[] size) throws IOException {
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1, "mobile", false));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		// parts loaded by htmx when the page loads are checked with the page
		try {
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> Boolean.TRUE.equals(js.executeScript(
					"return document.querySelectorAll('[hx-trigger=\"load\"], .htmx-request').length === 0")));
		}
		catch (org.openqa.selenium.TimeoutException stillLoading) {
			// checked as it is: a part that never loads shows as its empty placeholder
		}
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
			js.executeScript(axeSource);
		}
		List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact || 'none', nodes: v.nodes.length,
				    targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }))))
				  .catch(e => done([{ id: 'axe-error: ' + e, impact: 'critical', nodes: 0, targets: '' }]));
				""");
		Map<String, Integer> byImpact = new TreeMap<>();
		List<String> serious = new ArrayList<>();
		for (Map<String, Object> violation : violations) {
			String impact = String.valueOf(violation.get("impact"));
			int nodes = ((Number) violation.get("nodes")).intValue();
			byImpact.merge(impact, nodes, Integer::sum);
			byImpact.merge(impact + ":" + violation.get("id"), nodes, Integer::sum);
			if (impact.equals("serious") || impact.equals("critical")) {
				serious.add(impact + " " + violation.get("id") + " ×" + nodes + " [" + violation.get("targets") + "]");
			}
		}
		Map<String, Object> widths = (Map<String, Object>) js
			.executeScript("return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
					+ " height: document.documentElement.scrollHeight };");
		int scrollWidth = ((Number) widths.get("scroll")).intValue();
		int innerWidth = ((Number) widths.get("inner")).intValue();
		int height = Math.min(((Number) widths.get("height")).intValue(), 6000);
		Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", Math.max(scrollWidth, size[0]), "height", height, "scale", 1)));
		String name = (role + target).replaceAll("[^A-Za-z0-9]+", "-") + "-" + size[0] + ".png";
		Files.write(OUT.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
		return new Check(role, target, handler, size[0] + "x" + size[1], byImpact, serious, scrollWidth,
				Math.min(innerWidth, size[0]), browser.getTitle());
	}

	private String handlerFor(String path) {
		PathContainer container = PathContainer.parsePath(path);
		String best = null;
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (info.getPathPatternsCondition() == null
					|| !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
				continue; // a link is a GET: a POST handler on the same path is not its
							// page
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				if (pattern.matches(container) && (best == null || !pattern.getPatternString().contains("{"))) {
					best = pattern.getPatternString();
				}
			}
		}
		return best;
	}

	/** Every GET mapping of an HTML {@code @Controller} (not an API or a download). */
	private Set<String> htmlPageHandlers() {
		Set<String> result = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Class<?> type = entry.getValue().getBeanType();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
			boolean page = type.isAnnotationPresent(Controller.class)
					&& !type.isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class)
					&& !entry.getValue().hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class)
					&& type.getPackageName().startsWith("dev.drift");
			if (!get || !page || info.getPathPatternsCondition() == null) {
				continue;
			}
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (!pattern.startsWith("/api/") && !pattern.matches(".*\\.(zip|csv|json|ics)$")
						&& !pattern.equals("/error") && !pattern.contains("{secret}")) {
					result.add(pattern);
				}
			}
		}
		return result;
	}

	private void writeReport(List<Check> checks, Map<String, List<String>> pagesByRole, Set<String> unreached,
			long seconds) throws IOException {
		StringBuilder report = new StringBuilder("# Accessibility and phone layout (axe-core " + AXE_VERSION + ")\n\n");
		long failing = checks.stream().filter(Check::fails).count();
		Map<String, Integer> totals = new TreeMap<>();
		checks.forEach(check -> check.byImpact()
			.forEach(
					(impact, n) -> totals.merge(impact.contains(":") ? "by rule " + impact : impact, n, Integer::sum)));
		report.append(checks.size())
			.append(" checks (page × size), ")
			.append(failing)
			.append(" failing, in ")
			.append(seconds)
			.append(" s. Violating nodes by impact: ")
			.append(totals)
			.append("\n\n");
		pagesByRole.forEach(
				(role, pages) -> report.append("- ").append(role).append(": ").append(pages.size()).append(" pages\n"));
		report.append("\n## Page handlers no role reached\n\n");
		for (String handler : unreached) {
			report.append("- ")
				.append(handler)
				.append(NOT_CRAWLED.containsKey(handler) ? " — " + NOT_CRAWLED.get(handler) : " — **UNEXPLAINED**")
				.append('\n');
		}
		report.append("\n## Checks\n\n| role | page | size | violating nodes by impact | width | serious/critical |\n"
				+ "|---|---|---|---|---|---|\n");
		for (Check check : checks) {
			report.append("| ")
				.append(check.role())
				.append(" | ")
				.append(check.url())
				.append(" | ")
				.append(check.size())
				.append(" | ")
				.append(check.byImpact())
				.append(" | ")
				.append(check.scrollWidth())
				.append('/')
				.append(check.innerWidth())
				.append(" | ")
				.append(String.join("; ", check.serious()).replace("|", "\\|"))
				.append(" |\n");
		}
		Files.writeString(OUT.resolve("report.md"), report);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
