package dev.drift.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failover harness (issue 13, item 2; a main run by {@code .ci/ha-failover}, not a unit
 * test). The script has set up a pg_auto_failover formation — a monitor, a primary and a
 * synchronous secondary on local ports — with database {@code drift}. This main starts
 * ONE Drift jar on a multi-host JDBC URL ({@code targetServerType=primary}) with a pool
 * that drops broken connections ({@link #POOL}), lets 8 concurrent clients write — 4 sign
 * new clients up (the sign-up form) and record their sleep-diary nights, 4 book
 * appointments for demo clients and cancel every other one, through the HTTP API with an
 * admin's API token — and records every acknowledged (2xx, or the sign-up's redirect)
 * write. After {@code BEFORE} seconds it kills the primary node hard ({@code kill -9} of
 * its whole process group: the pg_autoctl keeper and the postmaster, as if the machine
 * died), polls {@code pg_autoctl show state} until the secondary is promoted, keeps the
 * load going for {@code AFTER} seconds, stops it and counts, by SQL on the new primary:
 * acknowledged writes lost (must be 0), requests failed during the switch (by status),
 * the seconds without a primary (as the clients saw it: first failed write to first
 * successful write after it; and as the monitor saw it: kill to promotion), and double
 * bookings (overlapping booked appointments of one therapist, must be 0).
 * <p>
 * Prints one {@code RESULT acknowledged=… lost=… failed_requests=…
 * seconds_without_primary=… double_bookings=…} line; exits non-zero when an acknowledged
 * write was lost, a therapist is double-booked, a request answered 500, or the secondary
 * was not promoted. The script is called back ({@code DRIFT_HA_CTL state},
 * {@code DRIFT_HA_CTL kill NODE}, {@code DRIFT_HA_CTL events}) for the pg_auto_failover
 * side, which runs as the {@code postgres} user.
 * <p>
 * Usage: {@code FailoverCheck JAR PORT1 PORT2 [BEFORE_SECONDS] [AFTER_SECONDS]}.
 */
public final class FailoverCheck {

	private static final int PORT = Integer.getInteger("ha.port", 8097);

	private static final String BASE = "http://127.0.0.1:" + PORT;

	/**
	 * The pool settings of docs/operations.md: a request waits at most 3 s for a
	 * connection (then 503), a connection is checked within 1 s before use, idle ones are
	 * tested every 30 s and none lives longer than 5 minutes. Hikari itself evicts a
	 * connection that failed with a connection-class SQLSTATE (08…, 57P01…).
	 */
	static final List<String> POOL = List.of("--spring.datasource.hikari.connection-timeout=3000",
			"--spring.datasource.hikari.validation-timeout=1000", "--spring.datasource.hikari.keepalive-time=30000",
			"--spring.datasource.hikari.max-lifetime=300000");

	private static final List<String> QUIET = List.of("--drift.session.cookie-secure=false",
			"--drift.notify.poll-interval=1s", "--logging.level.root=WARN", "--logging.level.dev.drift=INFO",
			"--logging.level.com.zaxxer.hikari=INFO");

	private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

	private static final Pattern CLINIC = Pattern.compile("name=\"clinicId\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SLOT = Pattern.compile("\"therapistId\":\"([^\"]+)\",\"start\":\"([^\"]+)\"");

	private final String url;

	private final String ctl = System.getenv().getOrDefault("DRIFT_HA_CTL", ".ci/ha-failover");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** Every request the clients made: when it ended, whether it wrote, its status. */
	private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> signups = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> nights = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> bookings = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> cancellations = new ConcurrentLinkedQueue<>();

	private final AtomicInteger sequence = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicBoolean stop = new AtomicBoolean();

	private String clinicId;

	private FailoverCheck(String url) {
		this.url = url;
	}

	/** A request's end: nanoTime, whether it was a write, its status (-1: no answer). */
	record Outcome(long at, boolean write, int status) {

		/** No answer, or a server error: the request failed. */
		boolean failed() {
			return this.status < 0 || this.status >= 500;
		}

		/** Answered 2xx/3xx. */
		boolean succeeded() {
			return this.status >= 200 && this.status < 400;
		}

	}

	public static void main(String[] args) throws Exception {
		String jar = args[0];
		String url = "jdbc:postgresql://127.0.0.1:" + args[1] + ",127.0.0.1:" + args[2]
				+ "/drift?targetServerType=primary&connectTimeout=3&socketTimeout=30&tcpKeepAlive=true";
		int before = (args.length > 3) ? Integer.parseInt(args[3]) : 20;
		int after = (args.length > 4) ? Integer.parseInt(args[4]) : 20;
		Path work = Files.createTempDirectory("drift-ha-logs");
		// the outbox's mail (sign-up welcomes, booking confirmations) goes here
		GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
		mail.start();
		long started = System.nanoTime();
		boolean passed;
		Process drift = null;
		try {
			List<String> extra = new ArrayList<>(POOL);
			extra.addAll(QUIET);
			drift = DriftProcess.start(jar, PORT, url, mail.getSmtp().getPort(), work, "drift",
					DriftProcess::startedWithDemo, extra);
			System.out.printf("Drift up on %s in %.1f s (log in %s)%n  %s%n", BASE, (System.nanoTime() - started) / 1e9,
					work.resolve("drift.log"), url);
			passed = new FailoverCheck(url).run(before, after);
		}
		finally {
			if (drift != null) {
				drift.destroy();
				if (!drift.waitFor(60, TimeUnit.SECONDS)) {
					drift.destroyForcibly().waitFor();
				}
			}
			mail.stop();
		}
		System.out.printf("failover harness: %.0f s in all (Drift's log: %s)%n", (System.nanoTime() - started) / 1e9,
				work.resolve("drift.log"));
		System.exit(passed ? 0 : 1);
	}

	private boolean run(int before, int after) throws Exception {
		// staff write through the API with an admin's token: bookings for four demo
		// clients, diary nights for the clients who sign up (clients have no API tokens)
		String admin = new BrowserSession(BASE).signedIn("admin@demo.drift", "drift-demo").apiToken();
		List<String> clients = new ArrayList<>();
		Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"")
			.matcher(get("/api/v1/clients?size=20", admin).body());
		while (id.find()) {
			clients.add(id.group(1));
		}
		Matcher clinic = CLINIC.matcher(new BrowserSession(BASE).get("/signup").body());
		this.clinicId = clinic.find() ? clinic.group(1) : null;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		long loadStarted = System.nanoTime();
		for (int i = 0; i < 4; i++) {
			pool.submit(() -> diaryWriter(admin));
			List<String> mine = new ArrayList<>();
			for (int c = i; c < clients.size(); c += 4) {
				mine.add(clients.get(c));
			}
			pool.submit(() -> booker(admin, mine));
		}
		Thread.sleep(before * 1000L);
		JsonNode[] nodes = state();
		JsonNode primary = null;
		for (JsonNode node : nodes) {
			if (node.get("current_group_state").asString().equals("primary")) {
				primary = node;
			}
		}
		if (primary == null) {
			throw new IllegalStateException("no primary to stop: " + List.of(nodes));
		}
		String killed = primary.get("nodename").asString();
		int acknowledgedBefore = acknowledged();
		long killedAt = System.nanoTime();
		exec(this.ctl, "kill", killed);
		System.out.printf(
				"%.1f s: %s (port %d) killed (kill -9 of its pg_autoctl and postmaster) after %d"
						+ " acknowledged writes%n",
				(killedAt - loadStarted) / 1e9, killed, primary.get("nodeport").asInt(), acknowledgedBefore);
		long promotedAt = waitForPromotion(killed, killedAt);
		if (promotedAt > 0) {
			Thread.sleep(after * 1000L);
			// at least one write after the failover, however long the pool takes to find
			// the new primary
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (firstWriteAfter(promotedAt) < 0 && System.nanoTime() < deadline) {
				Thread.sleep(1000);
			}
		}
		this.stop.set(true);
		pool.shutdown();
		pool.awaitTermination(90, TimeUnit.SECONDS);
		// the listeners of the last writes' events finish
		Thread.sleep(12_000);
		System.out.println(exec(this.ctl, "events"));
		return count(killedAt, promotedAt);
	}

	/**
	 * Polls {@code pg_autoctl show state} every second until another node than the killed
	 * one reports {@code wait_primary} or {@code primary}: when that happened, or 0 after
	 * 3 minutes.
	 */
	private long waitForPromotion(String killed, long killedAt) throws Exception {
		long deadline = killedAt + Duration.ofMinutes(3).toNanos();
		String last = "";
		while (System.nanoTime() < deadline) {
			StringBuilder line = new StringBuilder();
			String promoted = null;
			for (JsonNode node : state()) {
				String name = node.get("nodename").asString();
				String reported = node.get("current_group_state").asString();
				line.append(' ')
					.append(name)
					.append('=')
					.append(reported)
					.append('/')
					.append(node.get("assigned_group_state").asString());
				if (!name.equals(killed) && (reported.equals("wait_primary") || reported.equals("primary"))) {
					promoted = name;
				}
			}
			if (!line.toString().equals(last)) {
				System.out.printf("  %5.1f s after the kill:%s%n", (System.nanoTime() - killedAt) / 1e9, line);
				last = line.toString();
			}
			if (promoted != null) {
				long now = System.nanoTime();
				System.out.printf("%s promoted %.1f s after the kill%n", promoted, (now - killedAt) / 1e9);
				return now;
			}
			Thread.sleep(1000);
		}
		return 0;
	}

	private JsonNode[] state() throws Exception {
		JsonNode nodes = JsonMapper.builder().build().readTree(exec(this.ctl, "state"));
		JsonNode[] all = new JsonNode[nodes.size()];
		for (int i = 0; i < all.length; i++) {
			all[i] = nodes.get(i);
		}
		return all;
	}

	/**
	 * The counts, by SQL on the new primary (through the same multi-host URL), and the
	 * RESULT line. Also counted: event publications left incomplete (a module's listener
	 * that failed during the switch and was not run again).
	 */
	private boolean count(long killedAt, long promotedAt) throws Exception {
		long lost;
		long doubleBookings;
		long stuck;
		try (Connection db = DriverManager.getConnection(this.url, "postgres", "")) {
			lost = missing(db, "select email from accounts_account where email = any(?)", "varchar", this.signups)
					+ missing(db,
							"select client_id || ' ' || diary_date from sleep_diary_entry where client_id || ' '"
									+ " || diary_date = any(?)",
							"varchar", this.nights)
					+ missing(db, "select id::text from booking_appointment where id = any(?)", "uuid", this.bookings)
					+ missing(db, "select id::text from booking_appointment where status = 'CANCELLED' and id = any(?)",
							"uuid", this.cancellations);
			doubleBookings = single(db, "select count(*) from booking_appointment a join booking_appointment b"
					+ " on a.therapist_id = b.therapist_id and a.id < b.id and a.status = 'BOOKED' and b.status = 'BOOKED'"
					+ " and tstzrange(a.starts_at, a.blocked_until, '[)') && tstzrange(b.starts_at, b.blocked_until, '[)')");
			// events handed from one module to another whose listener never completed
			// (completion-mode=delete: a row left over is an incomplete publication)
			stuck = single(db,
					"select count(*) from event_publication where publication_date < now() - interval '10 seconds'");
		}
		Map<Integer, Integer> byStatus = new TreeMap<>();
		long failed = 0;
		long failedBeforeKill = 0;
		long firstFailure = -1;
		long lastFailure = -1;
		List<Long> writes = new ArrayList<>();
		for (Outcome outcome : this.outcomes) {
			if (!outcome.succeeded()) {
				byStatus.merge(outcome.status(), 1, Integer::sum);
			}
			if (outcome.failed()) {
				failed++;
				failedBeforeKill += (outcome.at() < killedAt) ? 1 : 0;
				firstFailure = (firstFailure < 0) ? outcome.at() : Math.min(firstFailure, outcome.at());
				lastFailure = Math.max(lastFailure, outcome.at());
			}
			if (outcome.write() && outcome.succeeded()) {
				writes.add(outcome.at());
			}
		}
		// the clients' view: the longest stretch with no successful write (statements
		// already running when the primary died may still commit in its first moments)
		writes.sort(null);
		double withoutPrimary = 0;
		for (int i = 1; i < writes.size(); i++) {
			withoutPrimary = Math.max(withoutPrimary, (writes.get(i) - writes.get(i - 1)) / 1e9);
		}
		long firstWrite = firstWriteAfter(promotedAt);
		System.out.printf(
				"acknowledged: %d sign-ups, %d diary nights, %d bookings, %d cancellations; %d stuck event"
						+ " publications; answers other than 2xx/3xx by status (-1: no answer; 409 is a slot"
						+ " taken): %s; failed (5xx or no answer): %d, %d of them before the kill%n",
				this.signups.size(), this.nights.size(), this.bookings.size(), this.cancellations.size(), stuck,
				byStatus, failed, failedBeforeKill);
		System.out.printf(
				"kill to promotion (pg_autoctl show state): %.1f s; failures from %.1f s to %.1f s after the kill;"
						+ " first successful write after the promotion: %.1f s after it; longest stretch without a"
						+ " successful write: %.1f s%n",
				(promotedAt > 0) ? (promotedAt - killedAt) / 1e9 : -1, (firstFailure - killedAt) / 1e9,
				(lastFailure - killedAt) / 1e9, (firstWrite > 0) ? (firstWrite - promotedAt) / 1e9 : -1,
				withoutPrimary);
		System.out.printf(
				"RESULT acknowledged=%d lost=%d failed_requests=%d seconds_without_primary=%.1f double_bookings=%d%n",
				acknowledged(), lost, failed, withoutPrimary, doubleBookings);
		boolean passed = lost == 0 && doubleBookings == 0 && promotedAt > 0 && firstWrite > 0
				&& !byStatus.containsKey(500);
		if (!passed) {
			System.out.println("FAILED: " + ((promotedAt == 0) ? "no promotion; " : "")
					+ ((firstWrite < 0) ? "no write succeeded after the failover; " : "")
					+ (byStatus.containsKey(500) ? "requests answered 500; " : "") + lost + " lost, " + doubleBookings
					+ " double bookings");
		}
		return passed;
	}

	private int acknowledged() {
		return this.signups.size() + this.nights.size() + this.bookings.size() + this.cancellations.size();
	}

	/** When the first write after {@code from} succeeded, or -1. */
	private long firstWriteAfter(long from) {
		long first = -1;
		for (Outcome outcome : this.outcomes) {
			if (outcome.write() && outcome.succeeded() && outcome.at() > from && (first < 0 || outcome.at() < first)) {
				first = outcome.at();
			}
		}
		return first;
	}

	/** How many of the acknowledged keys the query does not find. */
	private static long missing(Connection db, String sql, String type, Collection<String> keys) throws SQLException {
		Set<String> found = new HashSet<>();
		try (PreparedStatement query = db.prepareStatement(sql)) {
			Array array = db.createArrayOf(type, keys.toArray());
			query.setArray(1, array);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getString(1));
				}
			}
		}
		return keys.stream().filter((key) -> !found.contains(key)).count();
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * A new client signs up (the sign-up form, with consent to health data); staff record
	 * the client's last seven nights through the API; then the next client. A failed
	 * sign-up starts over with a new client; a failed night is tried again.
	 */
	private void diaryWriter(String token) {
		while (!this.stop.get()) {
			String email = "ha-" + UUID.randomUUID() + "@test.example";
			try {
				BrowserSession session = new BrowserSession(BASE);
				HttpResponse<String> form = session.get("/signup");
				note(false, form.statusCode());
				Matcher csrf = BrowserSession.CSRF.matcher(form.body());
				if (!csrf.find()) {
					pause();
					continue;
				}
				HttpResponse<String> signup = session.form("/signup",
						Map.of("name", "Failover Client " + this.sequence.incrementAndGet(), "email", email, "password",
								"failover-pw-12345", "timeZone", "Europe/London", "clinicId", this.clinicId,
								"healthDataConsent", "true", "_csrf", csrf.group(1)));
				boolean registered = signup.statusCode() == 302
						&& signup.headers().firstValue("Location").orElse("").contains("registered");
				note(true, registered ? 201 : signup.statusCode());
				if (!registered) {
					pause();
					continue;
				}
				this.signups.add(email);
				String clientId = null;
				while (clientId == null && !this.stop.get()) {
					HttpResponse<String> found = get("/api/v1/clients?q=" + email, token);
					clientId = (found.statusCode() == 200) ? field(found.body(), "id") : null;
					if (clientId == null) {
						pause();
					}
				}
				LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
				for (int d = 1; d <= 7 && !this.stop.get(); d++) {
					LocalDate date = today.minusDays(d);
					int status = post("/api/v1/clients/" + clientId + "/diary", token,
							"{\"diaryDate\":\"" + date + "\",\"intoBed\":\"23:00\",\"triedToSleep\":\"23:10\","
									+ "\"solMinutes\":20,\"awakenings\":1,\"wasoMinutes\":15,"
									+ "\"finalAwakening\":\"06:50\",\"outOfBed\":\"07:00\",\"quality\":3}")
						.statusCode();
					if (status / 100 == 2) {
						this.nights.add(clientId + " " + date);
					}
					else if (status >= 500) {
						pause();
						d--;
					}

				}
			}
			catch (Exception ex) {
				// no answer (counted where it was sent): start over
				pause();
			}
		}
	}

	/**
	 * Books a random free slot in the next weeks for one of its demo clients (the next
	 * one when the client may not be booked), and cancels every other booking (so the
	 * therapists' days do not fill up).
	 */
	private void booker(String token, List<String> clients) {
		boolean cancel = false;
		int current = 0;
		while (!this.stop.get()) {
			String clientId = clients.get(current % clients.size());
			try {
				LocalDate day = LocalDate.now(ZoneId.of("Europe/London"))
					.plusDays(2 + ThreadLocalRandom.current().nextInt(60));
				HttpResponse<String> slots = get("/api/v1/availability?service=massage-60&from=" + day + "&to="
						+ day.plusDays(6) + "&clientId=" + clientId, token);
				List<String[]> free = new ArrayList<>();
				Matcher slot = SLOT.matcher(slots.body());
				while (slot.find()) {
					free.add(new String[] { slot.group(1), slot.group(2) });
				}
				if (free.isEmpty()) {
					pause();
					continue;
				}
				String[] pick = free.get(ThreadLocalRandom.current().nextInt(free.size()));
				HttpResponse<String> booked = post("/api/v1/appointments", token,
						"{\"clientId\":\"" + clientId + "\",\"therapistId\":\"" + pick[0]
								+ "\",\"service\":\"massage-60\",\"start\":\"" + pick[1] + "\"}");
				if (booked.statusCode() == 422) {
					// this client may not be booked (the screening blocks massage): the
					// next
					current++;
				}
				if (booked.statusCode() != 201) {
					pause();
					continue;
				}
				String id = field(booked.body(), "id");
				this.bookings.add(id);
				cancel = !cancel;
				while (cancel && !this.stop.get()) {
					int status = post("/api/v1/appointments/" + id + "/cancel", token, "{}").statusCode();
					if (status == 200) {
						this.cancellations.add(id);
						break;
					}
					if (status >= 400 && status < 500) {
						// an earlier try that got no answer did cancel it: not
						// acknowledged
						break;
					}
					pause();
				}
			}
			catch (Exception ex) {
				pause();
			}
		}
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return send(false, request(path, token).GET());
	}

	private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
		return send(true, request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	private static HttpRequest.Builder request(String path, String token) {
		return HttpRequest.newBuilder(URI.create(BASE + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", token);
	}

	private HttpResponse<String> send(boolean write, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		try {
			HttpRequest built = request.build();
			HttpResponse<String> response = this.http.send(built, HttpResponse.BodyHandlers.ofString());
			note(write, response.statusCode());
			if (response.statusCode() >= 400 && response.statusCode() < 500 && response.statusCode() != 409
					&& this.refused.getAndIncrement() < 3) {
				Matcher code = CODE.matcher(response.body());
				System.out.println("refused: " + built.method() + " " + built.uri().getPath() + " answered "
						+ response.statusCode() + " " + (code.find() ? code.group(1) : ""));
			}
			return response;
		}
		catch (IOException ex) {
			note(write, -1);
			throw ex;
		}
	}

	private void note(boolean write, int status) {
		this.outcomes.add(new Outcome(System.nanoTime(), write, status));
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + name + " in the answer");
		}
		return matcher.group(1);
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String exec(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: "
					+ new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		return out;
	}

}
