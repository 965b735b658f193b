package dev.drift.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import jakarta.mail.internet.MimeMessage;

/**
 * Crash harness (a benchmark-style main, not a unit test): starts the Drift jar as a
 * child process, lets several concurrent clients write through the HTTP API with HTTP
 * Basic — new clients signing up and recording sleep-diary nights, demo clients booking
 * appointments — records every acknowledged (2xx) write, then {@code kill -9}s the JVM
 * mid-load (or, with {@code pgkill}, stops PostgreSQL with {@code -m immediate}), starts
 * it again on the same database and counts acknowledged writes that are missing. Mail
 * goes to an in-process GreenMail server, so the outbox's at-least-once delivery is
 * checked too: after the restart, every queued message is sent and duplicates are
 * counted.
 * <p>
 * Usage (through {@code bench/crash.sh}):
 * {@code CrashBench JAR h2|pg|pgkill RUNS [PG_PORT] [SECONDS]}. Prints one
 * {@code RESULT db=… runs=… acknowledged=… lost=…} line per database mode.
 */
public final class CrashBench {

	private static final int PORT = Integer.getInteger("crash.port", 8095);

	private static final String BASE = "http://127.0.0.1:" + PORT;

	private static final String DATABASE = "drift_harden_crash";

	private static final String H2_OPTIONS = ";WRITE_DELAY=0;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";

	private static final Pattern CLINIC = Pattern.compile("name=\"clinicId\"[^>]*value=\"([^\"]+)\"");

	private final String jar;

	private final String mode;

	private final int pgPort;

	private final int seconds;

	private final GreenMail mail;

	private CrashBench(String jar, String mode, int pgPort, int seconds, GreenMail mail) {
		this.jar = jar;
		this.mode = mode;
		this.pgPort = pgPort;
		this.seconds = seconds;
		this.mail = mail;
	}

	public static void main(String[] args) throws Exception {
		String jar = args[0];
		String mode = args[1];
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		int pgPort = (args.length > 3) ? Integer.parseInt(args[3]) : 5432;
		int seconds = (args.length > 4) ? Integer.parseInt(args[4]) : 20;
		GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
		mail.start();
		try {
			CrashBench bench = new CrashBench(jar, mode, pgPort, seconds, mail);
			long acknowledged = 0;
			long lost = 0;
			long duplicates = 0;
			long outboxLost = 0;
			for (int run = 1; run <= runs; run++) {
				long[] result = bench.run(run);
				acknowledged += result[0];
				lost += result[1];
				outboxLost += result[2];
				duplicates += result[3];
			}
			System.out.printf("RESULT db=%s runs=%d acknowledged=%d lost=%d outbox_lost=%d outbox_duplicates=%d%n",
					mode, runs, acknowledged, lost, outboxLost, duplicates);
		}
		finally {
			mail.stop();
		}
	}

	/** One run: acknowledged, lost, outbox messages lost, outbox duplicates. */
	private long[] run(int run) throws Exception {
		Path work = Files.createTempDirectory("drift-crash");
		String url = switch (this.mode) {
			case "h2" -> "jdbc:h2:file:" + work.resolve("drift") + H2_OPTIONS;
			default -> recreatePostgres();
		};
		this.mail.purgeEmailFromAllMailboxes();
		Process drift = start(url, work, "first");
		Load load = new Load();
		load.prepare();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 4; i++) {
			pool.submit(() -> load.diaryWriter(stop));
		}
		for (int i = 0; i < 4; i++) {
			int thread = i;
			pool.submit(() -> load.booker(thread, stop));
		}
		Thread.sleep(this.seconds * 1000L);
		if (this.mode.equals("pgkill")) {
			exec("pg_ctlcluster", System.getenv().getOrDefault("CRASH_PG_VERSION", "15"), "harden", "stop", "-m",
					"immediate");
			System.out.println("run " + run + ": PostgreSQL stopped (-m immediate) under load");
			Thread.sleep(2000);
			stop.set(true);
			exec("pg_ctlcluster", System.getenv().getOrDefault("CRASH_PG_VERSION", "15"), "harden", "start");
		}
		drift.destroyForcibly();
		drift.waitFor();
		stop.set(true);
		pool.shutdown();
		pool.awaitTermination(60, TimeUnit.SECONDS);
		System.out.printf("run %d: kill -9 after %d s: %d diary nights, %d sign-ups, %d bookings acknowledged%n", run,
				this.seconds, load.nights.size(), load.signups.size(), load.bookings.size());
		Process again = start(url, work, "restart");
		long lost = load.verify();
		drain();
		again.destroy();
		again.waitFor(60, TimeUnit.SECONDS);
		again.destroyForcibly().waitFor();
		long[] outbox = outbox(url, load);
		long acknowledged = load.nights.size() + load.signups.size() + load.bookings.size();
		System.out.printf(
				"run %d: acknowledged=%d lost=%d; outbox: %d acknowledged bookings without their confirmation in the outbox, "
						+ "%d duplicate deliveries%n",
				run, acknowledged, lost, outbox[0], outbox[1]);
		return new long[] { acknowledged, lost, outbox[0], outbox[1] };
	}

	private String recreatePostgres() throws Exception {
		try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + this.pgPort + "/postgres",
				"postgres", ""); Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + DATABASE + " with (force)");
			sql.execute("create database " + DATABASE);
		}
		return "jdbc:postgresql://127.0.0.1:" + this.pgPort + "/" + DATABASE;
	}

	private Process start(String url, Path work, String name) throws Exception {
		return DriftProcess.start(this.jar, PORT, url, this.mail.getSmtp().getPort(), work, name,
				(log) -> log.contains("Started DriftApplication")
						&& (name.equals("restart") || log.matches("(?s).*Demo clinic .* created.*")),
				List.of("--drift.notify.poll-interval=1s"));
	}

	/**
	 * Lets the outbox drain: until no new message arrived for 5 s (at most 2 minutes).
	 */
	private void drain() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		int last = -1;
		int quiet = 0;
		while (System.nanoTime() < deadline && quiet < 5) {
			int now = this.mail.getReceivedMessages().length;
			quiet = (now == last) ? quiet + 1 : 0;
			last = now;
			Thread.sleep(1000);
		}
	}

	/**
	 * Acknowledged bookings without their confirmation in the outbox (or never sent), and
	 * messages delivered more than once (the same Message-ID, which is derived from the
	 * outbox row, received twice).
	 */
	private long[] outbox(String url, Load load) throws Exception {
		Set<String> seen = new HashSet<>();
		long duplicates = 0;
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			if (!seen.add(message.getMessageID())) {
				duplicates++;
			}
		}
		long lost = 0;
		long pending = 0;
		try (Connection db = url.startsWith("jdbc:h2") ? DriverManager.getConnection(url, "sa", "")
				: DriverManager.getConnection(url, "postgres", "")) {
			for (Booking booking : load.bookings) {
				try (var query = db.prepareStatement(
						"select status from notify_message where dedupe_key like ? order by created_at")) {
					query.setString(1, "booking-%:" + booking.id() + ":%");
					try (ResultSet rows = query.executeQuery()) {
						if (!rows.next()) {
							lost++;
						}
						else if (!rows.getString(1).equals("SENT")) {
							pending++;
						}
					}
				}
			}
		}
		if (pending > 0) {
			System.out.println("  " + pending + " confirmations still queued (not lost; sent on the next poll)");
		}
		return new long[] { lost, duplicates };
	}

	private static void exec(String... command) throws Exception {
		Process process = new ProcessBuilder(command).inheritIO().start();
		process.waitFor(60, TimeUnit.SECONDS);
	}

	record Night(String token, String clientId, LocalDate date) {
	}

	record Booking(String token, String id, String email) {
	}

	/** The clients, what they were told was stored, and the check after the restart. */
	private final class Load {

		final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		final ConcurrentLinkedQueue<Night> nights = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<String> signups = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<Booking> bookings = new ConcurrentLinkedQueue<>();

		final List<String[]> bookers = new ArrayList<>();

		final AtomicInteger sequence = new AtomicInteger();

		String clinicId;

		void prepare() throws Exception {
			for (int i = 1; i <= 4; i++) {
				String email = (i == 1) ? "client@demo.drift" : "client" + i + "@demo.drift";
				String token = token(email, "drift-demo");
				String me = get("/api/v1/me", token).body();
				this.bookers.add(new String[] { token, field(me, "clientId"), email });
			}
			BrowserSession anonymous = new BrowserSession(BASE);
			Matcher clinic = CLINIC.matcher(anonymous.get("/signup").body());
			this.clinicId = clinic.find() ? clinic.group(1) : null;
		}

		void diaryWriter(AtomicBoolean stop) {
			while (!stop.get()) {
				try {
					String email = "crash-" + UUID.randomUUID() + "@test.example";
					BrowserSession session = new BrowserSession(BASE);
					String csrf = session.csrf("/signup");
					HttpResponse<String> signup = session.form("/signup",
							Map.of("name", "Crash Client " + this.sequence.incrementAndGet(), "email", email,
									"password", "crash-pw-12345", "timeZone", "Europe/London", "clinicId",
									this.clinicId, "healthDataConsent", "true", "_csrf", csrf));
					if (signup.statusCode() / 100 != 3) {
						continue;
					}
					this.signups.add(email);
					verifyEmail(email);
					String token = token(email, "crash-pw-12345");
					String clientId = field(get("/api/v1/me", token).body(), "clientId");
					LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
					for (int d = 1; d <= 7 && !stop.get(); d++) {
						LocalDate date = today.minusDays(d);
						HttpResponse<String> response = send("POST", "/api/v1/clients/" + clientId + "/diary", token,
								"{\"diaryDate\":\"" + date + "\",\"intoBed\":\"23:00\",\"triedToSleep\":\"23:10\","
										+ "\"solMinutes\":20,\"awakenings\":1,\"wasoMinutes\":15,"
										+ "\"finalAwakening\":\"06:50\",\"outOfBed\":\"07:00\",\"quality\":3}");
						if (response.statusCode() / 100 == 2) {
							this.nights.add(new Night(token, clientId, date));
						}
					}
				}
				catch (Exception ex) {
					sleep();
				}
			}
		}

		void booker(int thread, AtomicBoolean stop) {
			String[] booker = this.bookers.get(thread);
			LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2);
			while (!stop.get()) {
				try {
					String slots = get("/api/v1/availability?service=massage-60&from=" + day + "&to=" + day.plusDays(13)
							+ "&clientId=" + booker[1], booker[0])
						.body();
					List<String[]> free = new ArrayList<>();
					Matcher slot = Pattern.compile("\"therapistId\":\"([^\"]+)\",\"start\":\"([^\"]+)\"")
						.matcher(slots);
					while (slot.find()) {
						free.add(new String[] { slot.group(1), slot.group(2) });
					}
					if (free.isEmpty()) {
						sleep();
						continue;
					}
					String[] pick = free.get(ThreadLocalRandom.current().nextInt(free.size()));
					HttpResponse<String> response = send("POST", "/api/v1/appointments", booker[0],
							"{\"clientId\":\"" + booker[1] + "\",\"therapistId\":\"" + pick[0]
									+ "\",\"service\":\"massage-60\",\"start\":\"" + pick[1] + "\"}");
					if (response.statusCode() == 201) {
						this.bookings.add(new Booking(booker[0], field(response.body(), "id"), booker[2]));
						send("POST", "/api/v1/appointments/" + field(response.body(), "id") + "/cancel", booker[0],
								"{}");
					}
				}
				catch (Exception ex) {
					sleep();
				}
			}
		}

		/**
		 * Opens the link of the sign-up's welcome email, which confirms the address,
		 * waiting up to 30 s for the outbox to deliver it.
		 */
		void verifyEmail(String email) throws Exception {
			Pattern link = Pattern.compile("(/email/verify\\?token=[A-Za-z0-9_\\-]+)");
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (System.nanoTime() < deadline) {
				for (MimeMessage message : CrashBench.this.mail.getReceivedMessagesForDomain(email)) {
					Matcher found = link.matcher(message.getContent().toString());
					if (found.find()) {
						new BrowserSession(BASE).get(found.group(1));
						return;
					}
				}
				Thread.sleep(500);
			}
			throw new IllegalStateException("no verification email for " + email);
		}

		long verify() throws Exception {
			long lost = 0;
			for (Night night : this.nights) {
				String body = get(
						"/api/v1/clients/" + night.clientId() + "/diary?from=" + night.date() + "&to=" + night.date(),
						night.token())
					.body();
				if (!body.contains("\"" + night.date() + "\"")) {
					lost++;
				}
			}
			for (String email : this.signups) {
				if (get("/api/v1/me", token(email, "crash-pw-12345")).statusCode() != 200) {
					lost++;
				}
			}
			for (Booking booking : this.bookings) {
				if (get("/api/v1/appointments/" + booking.id(), booking.token()).statusCode() != 200) {
					lost++;
				}
			}
			return lost;
		}

		/**
		 * The API credentials of a client: HTTP Basic (API tokens are made on the account
		 * page by staff only; a client's password is how a client's app calls the API).
		 */
		String token(String email, String password) {
			return "Basic "
					+ Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		HttpResponse<String> get(String path, String token) throws Exception {
			return this.http.send(request(path).header("Authorization", token).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
			return this.http.send(request(path).header("Authorization", token)
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
				.timeout(Duration.ofSeconds(30));
		}

		static String field(String json, String name) {
			Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
			if (!matcher.find()) {
				throw new IllegalStateException("no " + name + " in " + json);
			}
			return matcher.group(1);
		}

		static void sleep() {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
