package dev.drift.site;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.accounts.Accounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: every handler Spring MVC knows (read from
 * {@link RequestMappingHandlerMapping}, pages and API alike) is called by six callers —
 * anonymous, the owning client ({@code client10@demo.drift}), another client of the same
 * clinic, a therapist and an admin of that clinic, and the admin of a second clinic made
 * for the test — with the owner's record id, a missing id and a malformed id.
 * <p>
 * Expected: anonymous gets 401 (API) or a redirect to the sign-in page (pages); a caller
 * whose role the entry does not name gets 403 or 404; another client and the second
 * clinic's staff get 404 (or 403 for a role check before the record) for the owner's
 * records; missing ids are 404 (or 400/422 on writes whose body is checked first),
 * malformed ids 400 or 404; and no refused or foreign response contains the owner's
 * canary values (name, email); a page write refused with a message may redirect
 * (post/redirect/get) to a page that shows no canary either. No response is ever 5xx.
 * Allowed callers are only called with the owner's ids on GET (writes are left to the
 * feature tests, so the demo data stays as it is).
 * <p>
 * <b>Entry format</b> — one string per handler in {@link #MATRIX}: {@code "METHOD
 * /path/{var} who..."}, exactly the method and pattern Spring reports ({@code ANY} for a
 * mapping without a method), then who may call it:
 * <ul>
 * <li>{@code public} — no sign-in (the allow-list; only "never 5xx" is checked);</li>
 * <li>{@code framework} — Spring's own error page, not called (it answers 500 when
 * requested directly, without an error to show);</li>
 * <li>{@code signed-in} — any signed-in account;</li>
 * <li>{@code client} — a client (for a record id: only its owner);</li>
 * <li>{@code therapist}, {@code admin} — that staff role of the record's clinic;
 * {@code staff} is short for both;</li>
 * <li>{@code lead} — the clinic's lead therapist (no caller of the matrix is one, so
 * every signed-in caller is refused).</li>
 * </ul>
 * A handler without an entry, or an entry without a handler, fails the test. A path
 * variable is resolved by its name or the segment before it through {@link #ID_KINDS}
 * (add a kind with the SQL that finds the owner's record when a new kind of id appears).
 */
@DriftTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	static final List<String> MATRIX = List.of(
	// @formatter:off
		// public (allow-list)
		"GET / public", "GET /login public", "GET /signup public", "POST /signup public", "ANY /error framework",
		"GET /calendar/feed/{secret}.ics public", "GET /v3/api-docs signed-in", "GET /v3/api-docs.yaml signed-in",
		"GET /password/forgot public", "POST /password/forgot public", "GET /password/reset public",
		"POST /password/reset public", "GET /email/verify public",
		// accounts
		"GET /home signed-in", "GET /account signed-in", "POST /account/password signed-in",
		"POST /account/tokens signed-in", "POST /account/tokens/{id}/revoke signed-in", "GET /api/v1/me signed-in",
		"GET /admin/staff admin", "POST /admin/staff admin", "POST /admin/staff/{accountId}/unlock admin",
		"POST /admin/staff/{accountId}/{action:deactivate|reactivate} admin", "POST /account/verify signed-in",
		"GET /mfa signed-in", "GET /mfa/setup staff", "POST /mfa/setup staff", "POST /mfa/setup/passkey staff",
		// frontdesk
		"GET /admin/dashboard admin", "GET /admin/dashboard/{figure} admin", "GET /clients/new staff",
		"POST /clients/new staff", "GET /clients/{id}/desk staff", "GET /clients/{id}/desk/book staff",
		"POST /clients/{id}/desk/book staff", "POST /clients/{id}/desk/account admin",
		"GET /clients/{id}/desk/appointments/{appointment}/move staff",
		"POST /clients/{id}/desk/appointments/{appointment}/move staff",
		"POST /clients/{id}/desk/appointments/{appointment}/cancel staff",
		"GET /booking/calendar/appointments/{id} staff",
		// outcomes
		"GET /me/progress client", "GET /me/progress.json client", "GET /me/progress.csv client",
		"GET /clients/{id}/progress staff", "GET /clients/{id}/progress.json staff",
		"GET /clients/{id}/progress.csv staff", "GET /admin/outcomes admin", "GET /admin/outcomes.csv admin",
		"GET /admin/outcomes/claims admin", "POST /admin/outcomes/rebuild admin",
		"GET /api/v1/clients/{clientId}/outcomes client staff", "GET /api/v1/clients/{clientId}/outcomes.csv client staff",
		"GET /api/v1/analytics/outcomes staff", "GET /api/v1/analytics/outcomes.csv staff",
		"POST /api/v1/analytics/outcomes/rebuild admin",
		// people
		"GET /api/v1/clients staff", "GET /api/v1/clients/{id} client staff",
		"PUT /api/v1/clients/{id}/sleep-schedule client staff", "GET /admin/clinic admin", "POST /admin/clinic admin",
		"GET /clients staff", "GET /clients/{id} staff", "GET /admin/therapists admin",
		"GET /admin/therapists/{id} admin", "POST /admin/therapists/{id} admin",
		"POST /admin/therapists/{id}/time-off admin", "POST /admin/therapists/{id}/time-off/cancel admin",
		"GET /me/profile client", "POST /me/profile client",
		// booking
		"GET /admin/booking admin", "POST /admin/booking/settings admin", "POST /admin/booking/services admin",
		"GET /admin/booking/services/{code}/deactivate admin", "POST /admin/booking/services/{code}/{action:deactivate|reactivate} admin",
		"GET /api/v1/availability signed-in", "POST /api/v1/appointments client staff",
		"GET /api/v1/appointments client staff", "GET /api/v1/appointments/{id} client staff",
		"POST /api/v1/appointments/{id}/cancel client staff", "POST /api/v1/appointments/{id}/reschedule client staff",
		"GET /booking/feed signed-in", "POST /booking/feed signed-in", "POST /booking/feed/revoke signed-in",
		"POST /api/v1/calendar/feed signed-in", "DELETE /api/v1/calendar/feed signed-in",
		"GET /api/v1/appointments/flagged staff", "GET /booking/flagged staff", "GET /booking/calendar staff",
		"GET /booking signed-in", "GET /booking/slots signed-in", "GET /booking/confirm signed-in",
		"POST /booking/confirm signed-in", "GET /booking/mine client", "GET /booking/mine/{id}/cancel client",
		"POST /booking/mine/{id}/cancel client staff", "GET /booking/mine/{id}/reschedule client",
		"GET /booking/mine/{id}/reschedule/confirm client", "POST /booking/mine/{id}/reschedule client",
		// waitlist
		"GET /booking/waitlist signed-in", "POST /booking/waitlist signed-in",
		"POST /booking/waitlist/{id}/leave client staff", "GET /booking/offers/{offerId} client",
		"POST /booking/offers/{offerId} client", "POST /api/v1/waitlist signed-in", "GET /api/v1/waitlist signed-in",
		"POST /api/v1/waitlist/offers/{id}/confirm client",
		// plan
		"GET /clients/{id}/plans staff", "POST /clients/{id}/plans staff", "GET /clients/{id}/plans/{planId} staff",
		"POST /clients/{id}/plans/{planId}/adjust staff", "POST /clients/{id}/plans/{planId}/book staff",
		"GET /clients/{id}/plans/{planId}/review staff", "POST /clients/{id}/plans/{planId}/review staff",
		"GET /me/plan client", "POST /api/v1/plans/recommend signed-in",
		"POST /api/v1/clients/{clientId}/plans staff", "GET /api/v1/clients/{clientId}/plans client staff",
		"GET /api/v1/clients/{clientId}/plans/{planId} client staff",
		"POST /api/v1/clients/{clientId}/plans/{planId}/adjustments staff",
		"POST /api/v1/clients/{clientId}/plans/{planId}/book staff",
		"GET /api/v1/clients/{clientId}/plans/{planId}/review staff",
		"POST /api/v1/clients/{clientId}/plans/{planId}/review staff",
		// selfcare
		"GET /api/v1/clients/{clientId}/routine client staff", "POST /api/v1/clients/{clientId}/routine/log client",
		"GET /api/v1/clients/{clientId}/routine/log client staff", "GET /me/routine client",
		"POST /me/routine/log client", "POST /me/routine/reminder client", "GET /clients/{id}/routine staff",
		"GET /clients/{id}/routine/adherence staff", "POST /clients/{id}/routine/assign staff",
		// sessions
		"POST /api/v1/appointments/{id}/attendance staff", "GET /api/v1/appointments/{id}/note client staff",
		"PUT /api/v1/appointments/{id}/note therapist", "POST /api/v1/appointments/{id}/note/sign therapist",
		"POST /api/v1/appointments/{id}/note/addenda therapist", "GET /api/v1/clients/{id}/notes client staff",
		"GET /sessions/day staff", "POST /sessions/{id}/attendance staff", "GET /sessions/{id} staff",
		"POST /sessions/{id}/note therapist", "POST /sessions/{id}/sign therapist",
		"POST /sessions/{id}/addenda therapist", "GET /sessions/{id}/print client staff", "GET /me/sessions client",
		// sleep
		"GET /me/sleep client", "GET /clients/{id}/sleep staff", "GET /me/sleep/nights.json client",
		"GET /clients/{id}/sleep/nights.json staff", "POST /clients/{id}/sleep/first-session staff",
		"GET /me/diary client", "POST /me/diary client", "POST /me/diary/reminder client",
		"POST /me/diary/relaxed client", "POST /api/v1/clients/{id}/diary client staff",
		"GET /api/v1/clients/{id}/diary client staff", "GET /api/v1/clients/{id}/sleep-summary client staff",
		"POST /api/v1/sleep-diary/metrics signed-in", "POST /api/v1/sleep-diary/summary signed-in",
		// site, audit, records
		"GET /admin/outbox admin", "POST /admin/outbox/{id}/retry admin", "GET /admin/audit admin",
		"GET /account/data client", "GET /account/data/export.zip client", "POST /account/data/consent/withdraw client",
		"POST /account/data/erasure client", "GET /admin/erasures admin", "POST /admin/erasures/{id}/approve admin",
		"POST /admin/erasures/retention admin", "GET /api/v1/clients/{clientId}/fhir client staff",
		// screening and intake
		"GET /api/v1/intake/rule-sets staff", "PUT /api/v1/intake/rule-sets/settings admin",
		"POST /api/v1/intake/rule-sets/{version}/sign-off lead", "GET /intake/rules staff",
		"POST /intake/rules admin", "POST /intake/rules/{version}/sign-off lead", "POST /intake/rules/lead admin",
		"GET /me/screening client", "GET /clients/{id}/screening staff",
		"POST /clients/{id}/screening/clearance staff", "POST /clients/{id}/screening/override staff",
		"POST /api/v1/clients/{id}/intake client staff", "GET /api/v1/clients/{id}/intake/prefill client staff",
		"GET /api/v1/clients/{id}/screening client staff", "POST /api/v1/clients/{id}/clearances staff",
		"GET /api/v1/clients/{id}/clearances staff", "POST /api/v1/clients/{id}/overrides staff",
		"GET /api/v1/clients/{id}/rechecks client staff", "POST /api/v1/clients/{id}/rechecks/{recheck} client staff",
		"GET /me/recheck/{id} client", "POST /me/recheck/{id} client", "GET /me/intake client",
		"GET /clients/{id}/intake staff", "GET /me/intake/step/{step} client",
		"GET /clients/{id}/intake/step/{step} staff", "POST /me/intake/step/{step} client",
		"POST /clients/{id}/intake/step/{step} staff", "GET /me/intake/review client",
		"GET /clients/{id}/intake/review staff", "POST /me/intake/submit client",
		"POST /clients/{id}/intake/submit staff", "GET /intake/alerts staff",
		"POST /api/v1/screening/evaluate signed-in",
		// questionnaires
		"GET /me/questionnaires client", "GET /me/questionnaires/chart client", "GET /clients/{id}/questionnaires staff",
		"GET /clients/{id}/questionnaires/chart staff", "GET /me/questionnaires/{instrument} client",
		"POST /me/questionnaires/{instrument} client", "GET /admin/questionnaires admin",
		"POST /admin/questionnaires admin", "POST /api/v1/instruments/psqi/score signed-in",
		"POST /api/v1/instruments/isi/score signed-in", "POST /api/v1/instruments/isi/change signed-in",
		"POST /api/v1/clients/{id}/questionnaires/{instrument} client staff",
		"GET /api/v1/clients/{id}/questionnaires client staff");
	// @formatter:on

	/**
	 * Kinds of path variable: the variable's name or the path segment before it, and the
	 * SQL (one parameter: the owner's client id; {@code clinic} for the clinic's id) that
	 * finds the owner's record; {@code =value} for a fixed value that is no id.
	 */
	static final Map<String, String> ID_KINDS = Map.ofEntries(Map.entry("clients", "client"),
			Map.entry("clientId", "client"),
			Map.entry("appointments",
					"select id from booking_appointment where client_id = ? order by starts_at desc limit 1"),
			Map.entry("sessions",
					"select id from booking_appointment where client_id = ? order by starts_at desc limit 1"),
			Map.entry("mine",
					"select id from booking_appointment where client_id = ? and status = 'BOOKED' order by starts_at desc limit 1"),
			Map.entry("planId", "select id from plan_plan where client_id = ? limit 1"),
			Map.entry("offerId", "select id from booking_offer where client_id = ? limit 1"),
			Map.entry("offers", "select id from booking_offer where client_id = ? limit 1"),
			Map.entry("waitlist", "select id from booking_waitlist where client_id = ? limit 1"),
			Map.entry("recheck", "select id from intake_recheck where client_id = ? limit 1"),
			Map.entry("erasures", "select id from records_erasure_request where client_id = ? limit 1"),
			Map.entry("accountId", "select id from accounts_account where client_id = ?"),
			Map.entry("tokens",
					"select t.id from accounts_api_token t join accounts_account a on a.id = t.account_id where a.client_id = ? limit 1"),
			Map.entry("therapists", "clinic:select id from people_therapist where clinic_id = ? limit 1"),
			Map.entry("outbox", "clinic:select id from notify_message where clinic_id = ? limit 1"),
			Map.entry("version", "clinic:select id from intake_rule_set where clinic_id = ? limit 1"),
			Map.entry("appointment",
					"select id from booking_appointment where client_id = ? order by starts_at desc limit 1"),
			Map.entry("figure", "=appointments"), Map.entry("action:deactivate|reactivate", "=deactivate"),
			Map.entry("code", "=massage-90"), Map.entry("instrument", "=isi"), Map.entry("step", "=1"),
			Map.entry("secret", "=no-such-feed"));

	static final String OWNER = "client10@demo.drift";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestPeople people;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private final Map<String, Caller> callers = new LinkedHashMap<>();

	private UUID ownerClient;

	private UUID clinic;

	private List<String> canaries;

	@BeforeAll
	void callers() {
		this.ownerClient = this.accounts.findByEmail(OWNER).orElseThrow().clientId().value();
		this.clinic = this.people.demoClinic().value();
		Map<String, Object> owner = this.jdbc.queryForMap("select name, email from people_client where id = ?",
				this.ownerClient);
		this.canaries = List.of((String) owner.get("name"), (String) owner.get("email"));
		Person otherClient = this.people.newClient(this.people.demoClinic(), "Other Client");
		Person otherClinicAdmin = this.people.newClinic().admin();
		this.callers.put("anonymous", new Caller("anonymous", null, new Http(this.port), null));
		this.callers.put("owner", demo("owner", OWNER, "client"));
		this.callers.put("other-client", fresh("other-client", otherClient, "client"));
		this.callers.put("therapist", demo("therapist", "therapist@demo.drift", "therapist"));
		this.callers.put("admin", demo("admin", "admin@demo.drift", "admin"));
		this.callers.put("other-clinic-admin", fresh("other-clinic-admin", otherClinicAdmin, "admin"));
	}

	private Caller demo(String name, String email, String role) {
		Http http = new Http(this.port);
		http.signIn(email, "drift-demo");
		return new Caller(name, role, http, this.people.bearer(email));
	}

	private Caller fresh(String name, Person person, String role) {
		return new Caller(name, role, person.signedIn(this.port),
				"Bearer " + this.accounts.issueToken(person.actor(), "matrix").secret());
	}

	@Test
	void everyHandlerHasAnEntryAndEveryEntryAHandler() {
		Set<String> handlers = handlers();
		Set<String> entries = new TreeSet<>();
		MATRIX.forEach((entry) -> entries.add(key(entry)));

		assertThat(new TreeSet<>(handlers)).as("handlers without an entry in AuthorizationMatrixTests.MATRIX")
			.isSubsetOf(entries);
		assertThat(entries).as("entries without a handler").isSubsetOf(handlers);
	}

	@Test
	void everyCallerGetsWhatTheMatrixSays() {
		Set<String> handlers = handlers();
		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (String entry : MATRIX) {
			String key = key(entry);
			if (!handlers.contains(key)) {
				continue;
			}
			Set<String> who = new LinkedHashSet<>(List.of(entry.substring(key.length()).trim().split("\\s+")));
			String method = key.substring(0, key.indexOf(' ')).replace("ANY", "GET");
			String pattern = key.substring(key.indexOf(' ') + 1);
			for (Caller caller : this.callers.values()) {
				for (String ids : List.of("own", "missing", "malformed")) {
					String path = resolve(pattern, ids);
					if (path == null || (!ids.equals("own") && path.equals(resolve(pattern, "own")))) {
						continue;
					}
					Expect expect = expect(who, method, pattern, caller, ids);
					if (expect == Expect.SKIP) {
						continue;
					}
					cells++;
					HttpResponse<String> response = call(caller, method, path);
					String failure = check(expect, response, path.startsWith("/api/") || path.startsWith("/v3/"),
							caller);
					if (failure != null) {
						failures.add(caller.name() + " " + ids + " " + method + " " + path + ": expected " + expect
								+ ", " + failure);
					}
				}
			}
		}
		System.out.println("Authorization matrix: " + cells + " cells, " + (cells - failures.size()) + " passed");
		assertThat(failures).as("%d of %d cells", failures.size(), cells).isEmpty();
	}

	enum Expect {

		/** Never 5xx (public endpoints). */
		ANSWERED,
		/** 401 (API) or a redirect to the sign-in page. */
		SIGN_IN,
		/** Allowed: not 401/403 and not 5xx. */
		ALLOWED,
		/**
		 * 403 or 404 (400/422 when the body or parameters are checked first) without
		 * canaries.
		 */
		REFUSED,
		/** 404 (400/409/422 on a write) without canaries. */
		NOT_FOUND,
		/** 400 or 404 without canaries. */
		MALFORMED,
		/** Not called. */
		SKIP

	}

	private Expect expect(Set<String> who, String method, String pattern, Caller caller, String ids) {
		if (who.contains("framework")) {
			return Expect.SKIP;
		}
		if (who.contains("public")) {
			return ids.equals("own") ? Expect.ANSWERED : Expect.SKIP;
		}
		if (caller.role() == null) {
			return ids.equals("own") ? Expect.SIGN_IN : Expect.SKIP;
		}
		boolean roleAllowed = who.contains("signed-in") || who.contains(caller.role())
				|| (who.contains("staff") && !caller.role().equals("client"));
		if (!roleAllowed) {
			return ids.equals("own") ? Expect.REFUSED : Expect.SKIP;
		}
		boolean hasIds = VARIABLE.matcher(pattern)
			.results()
			.anyMatch((m) -> !kind(m.group(1), pattern).startsWith("="));
		if (ids.equals("missing")) {
			return Expect.NOT_FOUND;
		}
		if (ids.equals("malformed")) {
			return Expect.MALFORMED;
		}
		if (hasIds && !caller.seesOwner()) {
			return Expect.NOT_FOUND;
		}
		// allowed with the owner's ids: only reads are called
		return method.equals("GET") ? Expect.ALLOWED : Expect.SKIP;
	}

	private String check(Expect expect, HttpResponse<String> response, boolean api, Caller caller) {
		int status = response.statusCode();
		String body = response.body();
		if (status >= 500) {
			return "got " + status;
		}
		String location = response.headers().firstValue("Location").orElse("");
		boolean leaks = leaks(caller, body);
		return switch (expect) {
			case ANSWERED -> null;
			case SIGN_IN -> (api ? status == 401 : status == 302 && location.endsWith("/login")) ? null
					: "got " + status + " " + location;
			case ALLOWED -> (status != 401 && status != 403) ? null : "got " + status;
			case REFUSED -> (status == 403 || status == 404 || status == 400 || status == 422) && !leaks ? null
					: (status == 302 && !api && !location.endsWith("/login")) ? followed(caller, location)
							: "got " + status + " " + location + leakNote(leaks);
			case NOT_FOUND -> (status == 404 || status == 400 || status == 409 || status == 422) && !leaks ? null
					: (status == 302 && !api) ? followed(caller, location)
							: "got " + status + " " + location + leakNote(leaks);
			case MALFORMED -> (status == 400 || status == 404) && !leaks ? null : "got " + status + leakNote(leaks);
			case SKIP -> null;
		};
	}

	/**
	 * A page write refused with a message redirects (post/redirect/get): the page it
	 * leads to must not fail or show the owner's values either.
	 */
	private String followed(Caller caller, String location) {
		String path = location.replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> page = caller.http().get(path, "Accept", "text/html");
		boolean leaks = leaks(caller, page.body());
		return (page.statusCode() < 500 && !leaks) ? null
				: "redirected to " + path + ", which answered " + page.statusCode() + leakNote(leaks);
	}

	/** The owner and the clinic's staff may see the owner's values; nobody else. */
	private boolean leaks(Caller caller, String body) {
		return !caller.seesOwner() && this.canaries.stream().anyMatch(body::contains);
	}

	private static String leakNote(boolean leaks) {
		return leaks ? " with a canary in the body" : "";
	}

	private HttpResponse<String> call(Caller caller, String method, String path) {
		Http http = caller.http();
		boolean api = path.startsWith("/api/") || path.startsWith("/v3/");
		List<String> headers = new ArrayList<>(List.of("Accept", api ? "application/json" : "text/html"));
		if (api && caller.bearer() != null) {
			headers.addAll(List.of("Authorization", caller.bearer()));
		}
		String[] h = headers.toArray(String[]::new);
		if (method.equals("GET")) {
			return http.get(path, h);
		}
		if (api) {
			return http.json(method, path, "{}", h);
		}
		return http.form(path, Map.of("_csrf", caller.csrf()), h);
	}

	private String resolve(String pattern, String ids) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String kind = kind(matcher.group(1), pattern);
			String value;
			if (kind.startsWith("=")) {
				value = kind.substring(1);
			}
			else if (ids.equals("missing")) {
				value = UUID.randomUUID().toString();
			}
			else if (ids.equals("malformed")) {
				value = "not-an-id";
			}
			else {
				value = own(kind);
				if (value == null) {
					value = UUID.randomUUID().toString();
				}
			}
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private String own(String kind) {
		if (kind.equals("client")) {
			return this.ownerClient.toString();
		}
		boolean byClinic = kind.startsWith("clinic:");
		String sql = byClinic ? kind.substring("clinic:".length()) : kind;
		List<Object> found = this.jdbc.queryForList(sql, Object.class, byClinic ? this.clinic : this.ownerClient);
		return found.isEmpty() ? null : found.getFirst().toString();
	}

	private static String kind(String variable, String pattern) {
		String kind = ID_KINDS.get(variable);
		if (kind == null) {
			String before = pattern.substring(0, pattern.indexOf("{" + variable + "}"));
			String[] segments = before.split("/");
			kind = ID_KINDS.get(segments[segments.length - 1]);
		}
		assertThat(kind).as("a kind in ID_KINDS for {%s} in %s", variable, pattern).isNotNull();
		return kind;
	}

	private Set<String> handlers() {
		Set<String> keys = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					keys.add("ANY " + pattern);
				}
				methods.forEach((m) -> keys.add(m.name() + " " + pattern));
			}
		});
		return keys;
	}

	private static String key(String entry) {
		String[] parts = entry.split("\\s+");
		return parts[0] + " " + parts[1];
	}

	private record Caller(String name, String role, Http http, String bearer, String csrf) {

		Caller(String name, String role, Http http, String bearer) {
			this(name, role, http, bearer, http.csrf((role == null) ? "/login" : "/account"));
		}

		boolean seesOwner() {
			return this.name.equals("owner") || this.name.equals("therapist") || this.name.equals("admin");
		}

	}

}
