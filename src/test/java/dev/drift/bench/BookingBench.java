package dev.drift.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.drift.DriftApplication;
import dev.drift.ScreenedClients;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.accounts.SignUp;
import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.People;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.OpeningHours;
import dev.drift.people.Role;
import dev.drift.people.SleepSchedule;
import dev.drift.people.TherapistDetails;
import dev.drift.people.TherapistId;
import dev.drift.people.WorkingDay;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Booking benchmark on PostgreSQL (not a test): a clinic with 20 therapists and 50,000
 * future appointments; availability for 14 days (median and p99, in-process and over
 * HTTP), and booking throughput with 16 concurrent clients using API tokens, next to a
 * plain-SQL loop with the same guarantee (row locks, overlap checks, insert). Recreates
 * the database {@code drift_bench} on 127.0.0.1:5432 (user postgres). Run with
 * {@code bench/booking.sh}.
 */
public final class BookingBench {

	static final int THERAPISTS = 20;

	static final int APPOINTMENTS = 50_000;

	static final int PER_DAY = 7;

	static final int THREADS = 16;

	static final int BOOKINGS_PER_THREAD = 100;

	static final int RUNS = 200;

	/**
	 * Calls of each kind before the measured ones: the JIT's steady state (with 30, the
	 * compiler was still at work in the measured runs: p50 6.7 and p99 27.5 ms against
	 * 5.3 and 20.2 ms).
	 */
	static final int WARM_UP = 300;

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private BookingBench() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = start(args.length > 0 ? args[0] : "drift_bench",
				"--server.tomcat.threads.max=50");
		try {
			new BookingBench.Run(context).all();
		}
		finally {
			context.close();
		}
	}

	/**
	 * Recreates the database on 127.0.0.1:5432 (user postgres) and starts Drift on it
	 * without the demo, with a 420-day booking horizon and quiet logs.
	 */
	static ConfigurableApplicationContext start(String database, String... more) throws Exception {
		try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
				""); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + database);
			statement.execute("create database " + database);
		}
		List<String> arguments = new ArrayList<>(
				List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
						"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
						"--drift.demo=false", "--drift.booking.horizon-days=420", "--logging.level.root=WARN",
						"--spring.datasource.hikari.maximum-pool-size=20"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(DriftApplication.class).run(arguments.toArray(String[]::new));
	}

	static final class Run {

		final ConfigurableApplicationContext context;

		final DataSource dataSource;

		final int port;

		final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		ClinicProfile clinic;

		Actor adminActor;

		List<TherapistId> therapists = new ArrayList<>();

		List<ClientId> clients = new ArrayList<>();

		List<String> clientTokens = new ArrayList<>();

		LocalDate today;

		String result = "";

		Run(ConfigurableApplicationContext context) {
			this.context = context;
			this.dataSource = context.getBean(DataSource.class);
			this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		}

		void all() throws Exception {
			long t0 = System.nanoTime();
			setUp();
			seed();
			System.out.printf(Locale.ROOT, "setup: %d therapists, %d future appointments, %d clients in %.1f s%n",
					THERAPISTS, count(), this.clients.size(), (System.nanoTime() - t0) / 1e9);
			availability();
			throughput();
		}

		void setUp() {
			People people = this.context.getBean(People.class);
			Accounts accounts = this.context.getBean(Accounts.class);
			this.today = LocalDate.now(this.context.getBean(Clock.class).withZone(ZONE));
			List<OpeningHours> hours = Arrays.stream(DayOfWeek.values())
				.map((d) -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(20, 0)))
				.toList();
			this.clinic = people.openClinic(new ClinicDetails("Bench Clinic", ZONE, Locale.UK, "GBP",
					new EmergencyNumbers("111", "999"), hours, ClinicSettings.defaults().withoutStaffMfa()));
			AccountView admin = accounts.createFirstAdmin(this.clinic.id(),
					new NewStaff("Bench Admin", "admin@bench.drift", Role.ADMIN, "bench-password-1"));
			this.adminActor = new Actor(admin.id(), this.clinic.id(), Role.ADMIN, null, null);
			List<WorkingDay> week = Arrays.stream(DayOfWeek.values())
				.map((d) -> new WorkingDay(d, LocalTime.of(9, 0), LocalTime.of(20, 0), null, null))
				.toList();
			for (int i = 0; i < THERAPISTS; i++) {
				this.therapists.add(people
					.joinTherapist(this.clinic.id(), new TherapistDetails("Therapist " + i, "", Set.of(), week))
					.id());
			}
			for (int i = 0; i < 200; i++) {
				AccountView client = accounts
					.signUp(new SignUp(this.clinic.id(), "Client " + i, "client" + i + "@bench.drift",
							"bench-password-1", ZONE, SleepSchedule.usual(), true, null, null));
				this.clients.add(client.clientId());
				if (i < THREADS) {
					// the screening gate: a client books a massage only with an intake
					// that allows it
					ScreenedClients.cleared(this.context.getBean(Intake.class), this.adminActor,
							people.findClient(client.clientId()).orElseThrow());
					this.clientTokens.add(
							"Bearer "
									+ accounts
										.issueToken(new Actor(client.id(), this.clinic.id(), Role.CLIENT,
												client.clientId(), null), "bench")
										.secret());
				}
			}
		}

		/**
		 * 50,000 non-overlapping appointments over the next year, 7 a day per therapist.
		 */
		void seed() throws Exception {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
					int n = 0;
					for (int day = 1; n < APPOINTMENTS; day++) {
						for (int t = 0; t < THERAPISTS && n < APPOINTMENTS; t++) {
							ClientId client = this.clients.get(t * 10 + day % 10);
							for (int slot = 0; slot < PER_DAY && n < APPOINTMENTS; slot++, n++) {
								bind(insert, this.therapists.get(t), client, start(this.today.plusDays(day), slot));
								insert.addBatch();
							}
						}
						insert.executeBatch();
					}
				}
				try (Statement locks = connection.createStatement()) {
					locks.execute("insert into booking_lock (id, clinic_id) select distinct therapist_id, clinic_id"
							+ " from booking_appointment union select distinct client_id, clinic_id from booking_appointment");
					locks.execute("analyze booking_appointment");
				}
				connection.commit();
			}
		}

		void availability() throws Exception {
			Booking availability = this.context.getBean(Booking.class);
			ClientId client = this.clients.get(0);
			LocalDate from = this.today.plusDays(1);
			LocalDate to = from.plusDays(13);
			int[] slots = new int[1];
			double[] inProcess = timed(
					() -> slots[0] = availability.availability(this.adminActor, "massage-60", from, to, null, client)
						.size());
			String path = "/api/v1/availability?service=massage-60&from=" + from + "&to=" + to;
			double[] overHttp = timed(() -> {
				HttpResponse<String> response = get(path, this.clientTokens.get(0));
				if (response.statusCode() != 200) {
					throw new IllegalStateException(response.statusCode() + " " + response.body());
				}
			});
			// a plan's course preview: 90 days for one client, asked in the 31-day spans
			// booking accepts (as CoursePlanner does)
			LocalDate last = from.plusDays(89);
			int[] slots90 = new int[1];
			double[] days90 = timed(() -> {
				int n = 0;
				for (LocalDate start = from; !start.isAfter(last); start = start.plusDays(31)) {
					LocalDate end = start.plusDays(30).isAfter(last) ? last : start.plusDays(30);
					n += availability.availability(this.adminActor, "massage-60", start, end, null, client).size();
				}
				slots90[0] = n;
			});
			System.out.printf(Locale.ROOT,
					"availability, 14 days, 20 therapists, %d free slots: in-process median %.1f ms, p99 %.1f ms;"
							+ " over HTTP median %.1f ms, p99 %.1f ms; 90 days for one client (%d free slots):"
							+ " median %.1f ms, p99 %.1f ms (%d runs each)%n",
					slots[0], percentile(inProcess, 50), percentile(inProcess, 99), percentile(overHttp, 50),
					percentile(overHttp, 99), slots90[0], percentile(days90, 50), percentile(days90, 99), RUNS);
			this.result = String.format(Locale.ROOT,
					"availability_p50_ms=%.1f availability_p99_ms=%.1f http_p99_ms=%.1f days90_p99_ms=%.1f",
					percentile(inProcess, 50), percentile(inProcess, 99), percentile(overHttp, 99),
					percentile(days90, 99));
		}

		void throughput() throws Exception {
			LocalDate apiDays = this.today.plusDays(370);
			AtomicInteger created = new AtomicInteger();
			AtomicInteger other = new AtomicInteger();
			double apiSeconds = parallel((thread, k) -> {
				String body = "{\"clientId\":\"" + this.clients.get(thread).value() + "\",\"therapistId\":\""
						+ this.therapists.get(thread).value() + "\",\"service\":\"massage-60\",\"start\":\""
						+ DateTimeFormatter.ISO_OFFSET_DATE_TIME
							.format(start(apiDays.plusDays(k / PER_DAY), k % PER_DAY))
						+ "\"}";
				HttpResponse<String> response = this.http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/appointments"))
						.header("Authorization", this.clientTokens.get(thread))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 201) {
					created.incrementAndGet();
				}
				else if (other.getAndIncrement() == 0) {
					System.out.println("first failure: " + response.statusCode() + " " + response.body());
				}
			});
			LocalDate sqlDays = this.today.plusDays(390);
			AtomicInteger inserted = new AtomicInteger();
			double sqlSeconds = parallel((thread, k) -> {
				if (plainInsert(this.therapists.get(thread), this.clients.get(thread),
						start(sqlDays.plusDays(k / PER_DAY), k % PER_DAY))) {
					inserted.incrementAndGet();
				}
			});
			int total = THREADS * BOOKINGS_PER_THREAD;
			double api = created.get() / apiSeconds;
			double sql = inserted.get() / sqlSeconds;
			System.out.printf(Locale.ROOT,
					"booking, %d concurrent clients (API tokens) x %d: %d created, %d other, %.0f bookings/s over HTTP;"
							+ " plain-SQL loop (lock rows, overlap checks, insert) %d inserted, %.0f bookings/s;"
							+ " ratio API/SQL %.2f%n",
					THREADS, BOOKINGS_PER_THREAD, created.get(), other.get(), api, inserted.get(), sql, api / sql);
			if (created.get() != total || inserted.get() != total) {
				System.out.println("WARNING: not every booking succeeded");
			}
			System.out.printf(Locale.ROOT, "RESULT %s api_per_s=%.0f sql_per_s=%.0f ratio=%.2f%n", this.result, api,
					sql, api / sql);
		}

		/**
		 * The same guarantee in plain JDBC: lock therapist and client rows, check,
		 * insert.
		 */
		boolean plainInsert(TherapistId therapist, ClientId client, ZonedDateTime start) throws Exception {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(false);
				UUID[] ids = { therapist.value(), client.value() };
				Arrays.sort(ids);
				for (UUID id : ids) {
					try (PreparedStatement insertLock = connection.prepareStatement(
							"insert into booking_lock (id, clinic_id) values (?, ?) on conflict do nothing")) {
						insertLock.setObject(1, id);
						insertLock.setObject(2, this.clinic.id().value());
						insertLock.executeUpdate();
					}
					try (PreparedStatement lock = connection
						.prepareStatement("select id from booking_lock where id = ? for update")) {
						lock.setObject(1, id);
						lock.executeQuery().close();
					}
				}
				OffsetDateTime from = start.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
				OffsetDateTime until = from.plusMinutes(75);
				for (String column : List.of("therapist_id", "client_id")) {
					try (PreparedStatement check = connection
						.prepareStatement("select count(*) from booking_appointment" + " where " + column
								+ " = ? and status = 'BOOKED' and starts_at < ? and blocked_until > ?")) {
						check.setObject(1, column.equals("therapist_id") ? therapist.value() : client.value());
						check.setObject(2, until);
						check.setObject(3, from);
						try (ResultSet rs = check.executeQuery()) {
							rs.next();
							if (rs.getLong(1) > 0) {
								connection.rollback();
								return false;
							}
						}
					}
				}
				try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
					bind(insert, therapist, client, start);
					insert.executeUpdate();
				}
				connection.commit();
				return true;
			}
		}

		interface Task {

			void run(int thread, int k) throws Exception;

		}

		double parallel(Task task) throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(THREADS);
			try {
				long start = System.nanoTime();
				List<Future<?>> futures = new ArrayList<>();
				for (int t = 0; t < THREADS; t++) {
					int thread = t;
					futures.add(pool.submit(() -> {
						for (int k = 0; k < BOOKINGS_PER_THREAD; k++) {
							task.run(thread, k);
						}
						return null;
					}));
				}
				for (Future<?> future : futures) {
					future.get();
				}
				return (System.nanoTime() - start) / 1e9;
			}
			finally {
				pool.shutdownNow();
			}
		}

		interface Action {

			void run() throws Exception;

		}

		static double[] timed(Action action) throws Exception {
			for (int i = 0; i < WARM_UP; i++) {
				action.run();
			}
			double[] millis = new double[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				action.run();
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(millis);
			return millis;
		}

		static double percentile(double[] sorted, int p) {
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
		}

		HttpResponse<String> get(String path, String auth) throws Exception {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", auth)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		long count() throws Exception {
			try (Connection connection = this.dataSource.getConnection();
					ResultSet rs = connection.createStatement()
						.executeQuery("select count(*) from booking_appointment where starts_at > now()")) {
				rs.next();
				return rs.getLong(1);
			}
		}

		static ZonedDateTime start(LocalDate day, int slot) {
			return ZonedDateTime.of(day, LocalTime.of(9, 0).plusMinutes(75L * slot), ZONE);
		}

		static final String INSERT = "insert into booking_appointment (id, version, clinic_id, client_id, therapist_id,"
				+ " service_code, service_name, minutes, price, online, starts_at, ends_at, blocked_until, time_zone,"
				+ " status, sequence, created_at, changed_at) values (?, 1, ?, ?, ?, 'massage-60', 'Massage, 60 minutes',"
				+ " 60, 60.00, false, ?, ?, ?, 'Europe/London', 'BOOKED', 0, now(), now())";

		void bind(PreparedStatement insert, TherapistId therapist, ClientId client, ZonedDateTime start)
				throws Exception {
			OffsetDateTime from = start.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
			insert.setObject(1, UUID.randomUUID());
			insert.setObject(2, this.clinic.id().value());
			insert.setObject(3, client.value());
			insert.setObject(4, therapist.value());
			insert.setObject(5, from);
			insert.setObject(6, from.plus(Duration.ofMinutes(60)));
			insert.setObject(7, from.plus(Duration.ofMinutes(75)));
		}

	}

}
