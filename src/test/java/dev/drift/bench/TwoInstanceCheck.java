package dev.drift.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * Two-instance harness (issue 13, item 1; a main run by {@code .ci/two-instances}, not a
 * unit test): starts two Drift processes on different ports against one PostgreSQL
 * database, with every scheduled job sweeping every two seconds on both, and checks:
 * <ol>
 * <li>a browser session made on one instance is valid on the other, and signing out on
 * one ends it on both;</li>
 * <li>fifty parallel bookings of one slot, split across both instances, give one
 * booking;</li>
 * <li>the waitlist sweep: a freed slot's expired hold passes to the next waiting client
 * once;</li>
 * <li>each job's work is done once: the 24-hour reminder of each appointment due, the
 * diary and evening reminders made due, questionnaire reminders, and the outbox — every
 * message sent once (GreenMail counts each Message-ID) and every queued message
 * sent.</li>
 * </ol>
 * Prints one {@code RESULT two_instances …} line and exits non-zero when a check fails.
 * Usage: {@code TwoInstanceCheck JAR [PG_PORT]}.
 */
public final class TwoInstanceCheck {

	private static final String DATABASE = "drift_two_instances";

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private static final Pattern SLOT = Pattern.compile("\"therapistId\":\"([^\"]+)\",\"start\":\"([^\"]+)\"");

	private static final List<String> FAST_JOBS = List.of("--drift.session.cookie-secure=false",
			"--drift.notify.poll-interval=1s", "--drift.notify.initial-delay=1s", "--drift.booking.reminder-sweep=PT2S",
			"--drift.booking.reminder-initial-delay=PT2S", "--drift.booking.waitlist-sweep=PT2S",
			"--drift.sleep.reminder-interval=2s", "--drift.sleep.reminder-initial-delay=2s",
			"--drift.selfcare.reminder-interval=2s", "--drift.selfcare.reminder-initial-delay=2s",
			"--drift.sleep.questionnaire-reminders.interval=2s",
			"--drift.sleep.questionnaire-reminders.initial-delay=2s", "--logging.level.root=WARN",
			"--logging.level.dev.drift=INFO");

	private final Map<String, String> results = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String url;

	private final GreenMail mail;

	private final String first;

	private final String second;

	private TwoInstanceCheck(String url, GreenMail mail, int firstPort, int secondPort) {
		this.url = url;
		this.mail = mail;
		this.first = "http://127.0.0.1:" + firstPort;
		this.second = "http://127.0.0.1:" + secondPort;
	}

	public static void main(String[] args) throws Exception {
		String jar = args[0];
		int pgPort = (args.length > 1) ? Integer.parseInt(args[1]) : 5432;
		int firstPort = Integer.getInteger("two.port", 8096);
		String url = recreate(pgPort);
		Path work = Files.createTempDirectory("drift-two");
		GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
		mail.start();
		List<Process> instances = new ArrayList<>();
		long started = System.nanoTime();
		boolean passed;
		try {
			// both start at once on the empty database: migrations and the demo clinic
			// race too
			ExecutorService starter = Executors.newFixedThreadPool(2);
			List<Future<Process>> starting = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				int port = firstPort + i;
				String name = "instance-" + (char) ('a' + i);
				starting.add(starter.submit(() -> DriftProcess.start(jar, port, url, mail.getSmtp().getPort(), work,
						name, DriftProcess::startedWithDemo, FAST_JOBS)));
			}
			for (Future<Process> process : starting) {
				instances.add(process.get());
			}
			starter.shutdown();
			System.out.printf("two instances up in %.1f s (logs in %s)%n", (System.nanoTime() - started) / 1e9, work);
			TwoInstanceCheck check = new TwoInstanceCheck(url, mail, firstPort, firstPort + 1);
			passed = check.run();
		}
		finally {
			for (Process instance : instances) {
				instance.destroy();
			}
			for (Process instance : instances) {
				instance.waitFor();
			}
			mail.stop();
		}
		System.out.printf("two-instance harness: %.0f s in all%n", (System.nanoTime() - started) / 1e9);
		System.exit(passed ? 0 : 1);
	}

	private static String recreate(int pgPort) throws SQLException {
		try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
				"postgres", ""); Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + DATABASE + " with (force)");
			sql.execute("create database " + DATABASE);
		}
		return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + DATABASE;
	}

	private boolean run() throws Exception {
		sessionIsSharedBetweenInstances();
		String admin = new BrowserSession(this.first).signedIn("admin@demo.drift", "drift-demo").apiToken();
		Race race = raceAcrossInstances(admin);
		offerTheFreedSlotAndLetTheHoldExpire(admin, race);
		String reminded = bookAnother(admin, race);
		Map<String, Integer> due = makeRemindersDue(reminded);
		Thread.sleep(Duration.ofSeconds(15));
		eachReminderQueuedOnce(due);
		theExpiredHoldPassedOnOnce(race);
		everyMessageSentOnce();
		StringBuilder line = new StringBuilder("RESULT two_instances");
		this.results.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
		line.append(" failures=").append(this.failures.size());
		System.out.println(line);
		this.failures.forEach((failure) -> System.out.println("FAILED: " + failure));
		return this.failures.isEmpty();
	}

	private void expect(boolean holds, String failure) {
		if (!holds) {
			this.failures.add(failure);
		}
	}

	/**
	 * Signed in on the first instance, the same cookie works on the second; signing out
	 * there ends it.
	 */
	private void sessionIsSharedBetweenInstances() throws Exception {
		BrowserSession onFirst = new BrowserSession(this.first).signedIn("client@demo.drift", "drift-demo");
		BrowserSession onSecond = onFirst.at(this.second);
		HttpResponse<String> account = onSecond.get("/account");
		boolean shared = account.statusCode() == 200 && account.body().contains("client@demo.drift");
		expect(shared,
				"a session made on the first instance is not valid on the second (" + account.statusCode() + ")");
		String csrf = onSecond.csrf("/account");
		onSecond.form("/logout", Map.of("_csrf", csrf));
		int afterSignOut = onFirst.get("/account").statusCode();
		expect(afterSignOut == 302,
				"signed out on the second instance, still signed in on the first (" + afterSignOut + ")");
		this.results.put("session_shared", Boolean.toString(shared));
		this.results.put("sign_out_everywhere", Boolean.toString(afterSignOut == 302));
	}

	/**
	 * The race's slot, the appointment booked in it, and clients who lost it (so could
	 * book).
	 */
	private record Race(String therapist, String start, String appointment, List<String> losers, String client,
			LocalDate from) {
	}

	/**
	 * Fifty bookings of one free slot at once, alternating between the instances, for the
	 * demo's clients; answers the race with the one appointment booked.
	 */
	private Race raceAcrossInstances(String admin) throws Exception {
		List<String> clients = new ArrayList<>();
		Matcher id = ID.matcher(get(this.first, "/api/v1/clients?size=50", admin).body());
		while (id.find()) {
			clients.add(id.group(1));
		}
		LocalDate from = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3);
		Matcher slot = SLOT.matcher(get(this.first, "/api/v1/availability?service=massage-60&from=" + from + "&to="
				+ from.plusDays(10) + "&clientId=" + clients.getFirst(), admin)
			.body());
		if (!slot.find()) {
			throw new IllegalStateException("no free slot for the race");
		}
		String therapist = slot.group(1);
		String start = slot.group(2);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String base = (i % 2 == 0) ? this.first : this.second;
			String client = clients.get(i % clients.size());
			answers.add(pool.submit(() -> {
				go.await();
				return send(base, "/api/v1/appointments", admin, "{\"clientId\":\"" + client + "\",\"therapistId\":\""
						+ therapist + "\",\"service\":\"massage-60\",\"start\":\"" + start + "\"}");
			}));
		}
		go.countDown();
		Map<Integer, Integer> statuses = new HashMap<>();
		String booked = null;
		List<String> losers = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			HttpResponse<String> response = answers.get(i).get();
			statuses.merge(response.statusCode(), 1, Integer::sum);
			if (response.statusCode() == 201) {
				Matcher created = ID.matcher(response.body());
				booked = created.find() ? created.group(1) : null;
			}
			else if (response.statusCode() == 409 && !losers.contains(clients.get(i % clients.size()))) {
				losers.add(clients.get(i % clients.size()));
			}
		}
		pool.shutdown();
		int stored = count("select count(*) from booking_appointment where therapist_id = ?::uuid"
				+ " and starts_at = ?::timestamptz and status = 'BOOKED'", therapist, start);
		expect(statuses.getOrDefault(201, 0) == 1 && stored == 1,
				"the race across both instances gave " + statuses + " and " + stored + " stored bookings");
		expect(statuses.getOrDefault(500, 0) == 0, "the race had server errors: " + statuses);
		this.results.put("race_answers", statuses.toString().replace(" ", ""));
		this.results.put("race_bookings", Integer.toString(stored));
		return new Race(therapist, start, booked, losers, clients.getFirst(), from);
	}

	/**
	 * Two clients who lost the race wait for its slot; the appointment is cancelled, so
	 * the first of them is offered the slot, and that hold is made to have expired (in
	 * the database) for the waitlist sweep.
	 */
	private void offerTheFreedSlotAndLetTheHoldExpire(String admin, Race race) throws Exception {
		String day = race.start().substring(0, 10);
		for (String client : race.losers().subList(0, 2)) {
			int joined = send(this.second, "/api/v1/waitlist", admin,
					"{\"clientId\":\"" + client + "\",\"service\":\"massage-60\",\"from\":\"" + day + "\",\"to\":\""
							+ day + "\",\"therapistId\":\"" + race.therapist() + "\"}")
				.statusCode();
			if (joined != 201) {
				throw new IllegalStateException("joining the waitlist answered " + joined);
			}
		}
		int cancelled = send(this.first, "/api/v1/appointments/" + race.appointment() + "/cancel", admin,
				"{\"reason\":\"harness\"}")
			.statusCode();
		if (cancelled != 200) {
			throw new IllegalStateException("cancelling the race's appointment answered " + cancelled);
		}
		Thread.sleep(2000);
		try (Connection db = connect()) {
			List<String> offers = strings(db, "select id from booking_offer where status = 'OFFERED'");
			if (offers.size() != 1) {
				throw new IllegalStateException(offers.size() + " offers after the cancellation");
			}
			db.createStatement()
				.executeUpdate("update booking_offer set expires_at = now() - interval '1 minute' where id = '"
						+ offers.getFirst() + "'");
		}
	}

	/**
	 * Another appointment for the race's first client, to be moved into the next 24
	 * hours. Never on the race's day: slots come best-fit first, and the race's slot,
	 * whose hold was just made to expire, is free to anyone until a sweep passes it on,
	 * so booking it here would leave the next waiting client nothing to be offered.
	 */
	private String bookAnother(String admin, Race race) throws Exception {
		Matcher slot = SLOT
			.matcher(get(this.first, "/api/v1/availability?service=massage-60&from=" + race.from().plusDays(1) + "&to="
					+ race.from().plusDays(12) + "&clientId=" + race.client(), admin)
				.body());
		String raceDay = race.start().substring(0, 10);
		while (slot.find()) {
			if (slot.group(2).startsWith(raceDay)) {
				continue;
			}
			HttpResponse<String> booked = send(this.second, "/api/v1/appointments", admin,
					"{\"clientId\":\"" + race.client() + "\",\"therapistId\":\"" + slot.group(1)
							+ "\",\"service\":\"massage-60\",\"start\":\"" + slot.group(2) + "\"}");
			if (booked.statusCode() == 201) {
				Matcher id = ID.matcher(booked.body());
				id.find();
				return id.group(1);
			}
		}
		throw new IllegalStateException("no second appointment could be booked");
	}

	/**
	 * The first waiting client's hold expired (made so in the database): the sweeps of
	 * both instances closed it once and offered the slot once to the next in line.
	 */
	private void theExpiredHoldPassedOnOnce(Race race) throws SQLException {
		try (Connection db = connect()) {
			String slot = " from booking_offer where therapist_id = '" + race.therapist() + "' and starts_at = '"
					+ race.start() + "'::timestamptz";
			int expired = count(db, "select count(*)" + slot + " and status = 'EXPIRED'");
			int open = count(db, "select count(*)" + slot + " and status = 'OFFERED'");
			int all = count(db, "select count(*)" + slot);
			expect(expired == 1 && open == 1 && all == 2,
					"the freed slot's expired hold: " + expired + " expired, " + open + " open, " + all + " offers");
			this.results.put("waitlist_offers", "expired=" + expired + ",open=" + open + ",all=" + all);
		}
	}

	/**
	 * Makes work due for the reminder jobs: another appointment moves into the next 24
	 * hours (directly in the database, so the harness does not depend on the hour it
	 * runs), and the demo's diary and evening reminders become due now. Answers how many
	 * of each are due.
	 */
	private Map<String, Integer> makeRemindersDue(String appointment) throws SQLException {
		Map<String, Integer> due = new LinkedHashMap<>();
		try (Connection db = connect()) {
			boolean moved = false;
			for (int hours = 2; hours < 23 && !moved && appointment != null; hours++) {
				try (PreparedStatement move = db.prepareStatement("update booking_appointment set starts_at = now()"
						+ " + make_interval(hours => ?), ends_at = now() + make_interval(hours => ?, mins => 60),"
						+ " blocked_until = now() + make_interval(hours => ?, mins => 75) where id = ?::uuid")) {
					move.setInt(1, hours);
					move.setInt(2, hours);
					move.setInt(3, hours);
					move.setString(4, appointment);
					moved = move.executeUpdate() == 1;
				}
				catch (SQLException clash) {
					// another appointment of the therapist at that hour: try the next one
				}
			}
			due.put("booking", count(db, "select count(*) from booking_appointment where status = 'BOOKED'"
					+ " and starts_at > now() and starts_at <= now() + interval '23 hours'"));
			due.put("diary",
					db.createStatement()
						.executeUpdate("update sleep_client_setting set next_reminder_at = now() - interval '1 minute'"
								+ " where reminder_enabled"));
			due.put("routine",
					db.createStatement()
						.executeUpdate("update selfcare_setting set next_reminder_at = now() - interval '1 minute'"
								+ " where reminder_enabled"));
		}
		return due;
	}

	/**
	 * Each due appointment has exactly one reminder; each due diary and evening reminder
	 * was handled once (queued at most once per client and night, and moved on to its
	 * next time); questionnaire reminders have at most one message per client, instrument
	 * and due date.
	 */
	private void eachReminderQueuedOnce(Map<String, Integer> due) throws SQLException {
		try (Connection db = connect()) {
			int appointments = due.get("booking");
			int reminded = count(db, "select count(*) from booking_appointment a where status = 'BOOKED'"
					+ " and starts_at > now() and starts_at <= now() + interval '23 hours' and (select count(*)"
					+ " from notify_message m where m.dedupe_key like 'booking-reminder:' || a.id || ':%') = 1");
			expect(appointments > 0 && reminded == appointments,
					reminded + " of " + appointments + " appointments in the next 24 hours have exactly one reminder");
			this.results.put("booking_reminders", reminded + "/" + appointments);
			for (String job : List.of("diary", "routine")) {
				String table = job.equals("diary") ? "sleep_client_setting" : "selfcare_setting";
				int stillDue = count(db,
						"select count(*) from " + table + " where reminder_enabled and next_reminder_at <= now()");
				int queued = count(db,
						"select count(*) from notify_message where dedupe_key like '" + job + "-reminder:%'");
				int twice = count(db, "select count(*) from (select split_part(dedupe_key, ':', 2) from notify_message"
						+ " where dedupe_key like '" + job + "-reminder:%' group by 1 having count(*) > 1) t");
				expect(due.get(job) > 0 && stillDue == 0 && twice == 0, job + " reminders: " + due.get(job)
						+ " made due, " + stillDue + " still due, " + twice + " clients reminded twice");
				this.results.put(job + "_reminders", queued + "/" + due.get(job));
			}
			int questionnaires = count(db,
					"select count(*) from notify_message where dedupe_key like 'sleep-questionnaire-due:%'");
			this.results.put("questionnaire_reminders", Integer.toString(questionnaires));
		}
	}

	/**
	 * The outbox, drained by both instances: every message SENT, each received once
	 * (GreenMail, by Message-ID), and as many received as sent.
	 */
	private void everyMessageSentOnce() throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		int unsent;
		do {
			Thread.sleep(2000);
			unsent = count("select count(*) from notify_message where status <> 'SENT'");
		}
		while (unsent > 0 && System.nanoTime() < deadline);
		Thread.sleep(2000);
		int sent = count("select count(*) from notify_message where status = 'SENT'");
		Map<String, Integer> received = new HashMap<>();
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			received.merge(message.getMessageID(), 1, Integer::sum);
		}
		long twice = received.values().stream().filter((times) -> times > 1).count();
		expect(unsent == 0, unsent + " outbox messages were never sent");
		expect(twice == 0, twice + " messages were delivered more than once");
		expect(received.size() == sent, sent + " messages sent by the outbox, " + received.size() + " received");
		this.results.put("outbox_sent", Integer.toString(sent));
		this.results.put("mail_received", Integer.toString(received.size()));
		this.results.put("mail_duplicates", Long.toString(twice));
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, "postgres", "");
	}

	private int count(String sql, String... parameters) throws SQLException {
		try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	private static List<String> strings(Connection db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static int count(Connection db, String sql) throws SQLException {
		try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private HttpResponse<String> get(String base, String path, String token) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", token)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String base, String path, String token, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
