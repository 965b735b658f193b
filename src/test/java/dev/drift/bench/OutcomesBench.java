package dev.drift.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import dev.drift.DriftApplication;
import dev.drift.outcomes.Grouping;
import dev.drift.outcomes.Outcomes;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicId;
import dev.drift.people.ClinicSettings;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.People;
import dev.drift.people.Role;
import dev.drift.people.TherapistDetails;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outcomes benchmark on PostgreSQL (not a test): one clinic of {@value #CLIENTS} clients
 * with two years of diary nights each (≈ 7.3 million) and {@value #SESSIONS} attended
 * sessions with signed notes, seeded with bulk SQL (generate_series) into the source
 * modules' tables; then the rebuild of the clinic's read models through the outcomes
 * facade, a client's progress data (random clients) and the clinic analytics for one
 * grouping (each grouping in turn). Prints one {@code RESULT} line. Recreates
 * {@code drift_outcomes_bench}. Run with
 * {@code bench/outcomes.sh [DATABASE] [CLIENTS] [reuse]} ({@code reuse}: the database an
 * earlier run seeded, not recreated; the rebuild and the reads are measured again).
 */
public final class OutcomesBench {

	static final int CLIENTS = 10_000;

	static final int DAYS = 730;

	static final int SESSIONS = 100_000;

	static final int THERAPISTS = 20;

	static final int PROGRESS_RUNS = 500;

	static final int ANALYTICS_RUNS = 60;

	/** Progress reads before the measured ones (the JIT compiles the path first). */
	static final int WARM_UP = 300;

	private OutcomesBench() {
	}

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "drift_outcomes_bench";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : CLIENTS;
		boolean reuse = args.length > 2 && args[2].equals("reuse");
		int sessions = (int) ((long) SESSIONS * clients / CLIENTS);
		ConfigurableApplicationContext context = reuse ? existing(database) : BookingBench.start(database);
		try {
			People people = context.getBean(People.class);
			DataSource data = context.getBean(DataSource.class);
			LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(ZoneId.of("Europe/London")));
			ClinicId clinic = reuse ? benchClinic(data)
					: people
						.openClinic(new ClinicDetails("Outcomes Bench", ZoneId.of("Europe/London"), Locale.UK, "GBP",
								new EmergencyNumbers("111", "999"), List.of(), ClinicSettings.defaults()))
						.id();
			if (!reuse) {
				for (int i = 0; i < THERAPISTS; i++) {
					people.joinTherapist(clinic, new TherapistDetails("Therapist " + i, "", Set.of(), List.of()));
				}
				long seedStart = System.nanoTime();
				seed(data, clinic.value(), clients, sessions, today);
				System.out.printf(Locale.ROOT, "seeded %d clients, %d nights, %d sessions in %.1f s%n", clients,
						count(data, "sleep_diary_entry"), count(data, "sessions_attendance"),
						(System.nanoTime() - seedStart) / 1e9);
			}
			Outcomes outcomes = context.getBean(Outcomes.class);
			Actor admin = new Actor(UUID.randomUUID(), clinic, Role.ADMIN, null, null);
			long rebuildStart = System.nanoTime();
			int rebuilt = outcomes.rebuild(admin);
			double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
			System.out.printf(Locale.ROOT, "rebuilt %d clients in %.1f s (%d client series)%n", rebuilt, rebuildSeconds,
					count(data, "outcomes_series"));
			List<UUID> ids = ids(data, clinic.value());
			Random random = new Random(18);
			double[] progress = new double[PROGRESS_RUNS];
			for (int i = -WARM_UP; i < PROGRESS_RUNS; i++) {
				ClientId client = new ClientId(ids.get(random.nextInt(ids.size())));
				long start = System.nanoTime();
				outcomes.progress(admin, client);
				if (i >= 0) {
					progress[i] = (System.nanoTime() - start) / 1e6;
				}
			}
			double[] analytics = new double[ANALYTICS_RUNS];
			Grouping[] groupings = Grouping.values();
			for (int i = -6; i < ANALYTICS_RUNS; i++) {
				Grouping grouping = groupings[Math.floorMod(i, groupings.length)];
				long start = System.nanoTime();
				outcomes.analytics(admin, grouping, null, null, null, null);
				if (i >= 0) {
					analytics[i] = (System.nanoTime() - start) / 1e6;
				}
			}
			System.out.printf(Locale.ROOT,
					"RESULT rebuild_s=%.1f progress_p50_ms=%.1f progress_p99_ms=%.1f analytics_p50_ms=%.1f"
							+ " analytics_p99_ms=%.1f db_mib=%.0f%n",
					rebuildSeconds, percentile(progress, 50), percentile(progress, 99), percentile(analytics, 50),
					percentile(analytics, 99), size(data, database) / 1048576.0);
		}
		finally {
			context.close();
		}
	}

	/**
	 * Clients, their diary settings, two years of nights each and a year of routine logs,
	 * attended sessions spread over the second year with signed notes (technique, length,
	 * drift-off varying). Rows are what the application stores: a night's entered local
	 * times (they vary by client and night) resolved to instants in the client's zone,
	 * TIB, TST and SE derived from them as the sleep module derives them (TST = the
	 * asleep window less SOL and WASO; SE = TST/TIB rounded half up to 0.01 %), SOL
	 * longer before the first session than after; a note's drift-off column beside its
	 * content.
	 */
	static void seed(DataSource data, UUID clinic, int clients, int sessions, LocalDate today) throws Exception {
		try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
			s.execute(
					"create temporary table bench_client as select gen_random_uuid() as id, n from generate_series(1, "
							+ clients + ") n");
			s.execute(
					"""
							insert into people_client (id, version, clinic_id, name, email, time_zone, workday_sleep_start,
							  offday_sleep_start, workdays, shift_pattern, contact_by_email, contact_by_sms, health_consent_at,
							  health_consent_zone, created_at)
							select id, 0, '%s', 'Client ' || n, 'client' || n || '@bench.drift', 'Europe/London', '23:00', '23:30',
							  'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', 'no_shifts', true, false, now(), 'Europe/London', now()
							from bench_client"""
						.formatted(clinic));
			s.execute("""
					insert into sleep_client_setting (client_id, clinic_id, first_session_date, reminder_time,
					  reminder_enabled)
					select id, '%s', date '%s' - 365, '08:00', false from bench_client""".formatted(clinic, today));
			// local times: into bed 22:00-23:29, tries to sleep 5-24 min later, wakes
			// 05:30-06:59, up 10 min later
			s.execute(
					"""
							create temporary view bench_night as
							select c.id as client, c.n, d.k, d.day,
							  d.day - 1 + time '22:00' + ((c.n * 7 + d.k * 3) %% 90) * interval '1 minute' as bed,
							  d.day - 1 + time '22:00' + ((c.n * 7 + d.k * 3) %% 90 + 5 + (c.n + d.k) %% 20) * interval '1 minute'
							    as try,
							  d.day + time '05:30' + ((c.n * 5 + d.k * 7) %% 90) * interval '1 minute' as wake,
							  d.day + time '05:40' + ((c.n * 5 + d.k * 7) %% 90) * interval '1 minute' as up,
							  5 + (c.n * 7 + d.k * 13) %% 40 + case when d.k > 365 then 10 + c.n %% 15 else 0 end as sol,
							  1 + (c.n + d.k) %% 3 as nwak,
							  5 + (c.n * 3 + d.k * 11) %% 40 as waso,
							  1 + (c.n + d.k) %% 5 as quality
							from bench_client c cross join (select k, date '%s' - k as day from generate_series(1, %d) k) d"""
						.formatted(today, DAYS));
			s.execute(
					"""
							insert into sleep_diary_entry (id, version, clinic_id, client_id, diary_date, time_zone, into_bed,
							  tried_to_sleep, final_awakening, out_of_bed, sol_minutes, awakenings, waso_minutes, quality,
							  into_bed_at, tried_to_sleep_at, final_awakening_at, out_of_bed_at, tib_minutes, tst_minutes,
							  se_percent, warnings, recorded_at, changed_at)
							select gen_random_uuid(), 0, '%s', client, day, 'Europe/London', to_char(bed, 'HH24:MI'),
							  to_char(try, 'HH24:MI'), to_char(wake, 'HH24:MI'), to_char(up, 'HH24:MI'), sol, nwak, waso, quality,
							  bed_at, try_at, wake_at, up_at, tib, tst, round(tst * 100.0 / tib, 2), '', up_at, up_at
							from (select n.*, bed at time zone 'Europe/London' as bed_at, try at time zone 'Europe/London' as try_at,
							    wake at time zone 'Europe/London' as wake_at, up at time zone 'Europe/London' as up_at,
							    (extract(epoch from (up at time zone 'Europe/London') - (bed at time zone 'Europe/London')) / 60)::int
							      as tib,
							    (extract(epoch from (wake at time zone 'Europe/London') - (try at time zone 'Europe/London')) / 60)::int
							      - sol - waso as tst
							  from bench_night n) x"""
						.formatted(clinic));
			s.execute("drop view bench_night");
			// routine evenings in the second year: a third of the clients 5 evenings a
			// week, the rest 2
			s.execute("""
					insert into selfcare_log (id, clinic_id, client_id, variant, completed, seconds, relaxation,
					  evening_date, night_date, logged_at)
					select gen_random_uuid(), '%1$s', c.id, 'short_10', true, 600, 6, d.day - 1, d.day,
					  (d.day - 1 + time '21:30') at time zone 'Europe/London'
					from bench_client c cross join (select k, date '%2$s' - k as day from generate_series(1, 360) k) d
					where (c.n %% 3 = 0 and d.k %% 7 < 5) or (c.n %% 3 <> 0 and d.k %% 7 < 2)""".formatted(clinic,
					today));
			s.execute("""
					create temporary table bench_session as
					select gen_random_uuid() as id, c.id as client, c.n, k,
					  ((date '%1$s' - 360 + ((k * 37 + c.n) %% 355)) + time '16:00' + ((k %% 4) * interval '1 hour'))
					    at time zone 'Europe/London' as starts
					from bench_client c cross join generate_series(1, %2$d) k""".formatted(today,
					Math.max(1, sessions / clients)));
			s.execute(
					"""
							insert into sessions_attendance (appointment_id, clinic_id, client_id, therapist_id, starts_at, status,
							  marked_by, marked_at)
							select b.id, '%1$s', b.client, t.id, b.starts, 'ATTENDED', t.id, b.starts
							from bench_session b join (select id, row_number() over (order by id) - 1 as r from people_therapist
							  where clinic_id = '%1$s') t on t.r = b.n %% %2$d"""
						.formatted(clinic, THERAPISTS));
			String[] techniques = { "SWEDISH", "DEEP_TISSUE", "MYOFASCIAL", "REFLEXOLOGY" };
			String[] drift = { "NONE", "DROWSY", "DRIFTED_OFF", "FELL_ASLEEP" };
			int[] minutes = { 30, 60, 90, 120 };
			StringBuilder content = new StringBuilder("case ");
			StringBuilder driftOff = new StringBuilder("case ");
			for (int t = 0; t < 4; t++) {
				for (int m = 0; m < 4; m++) {
					String when = "when b.n %% 4 = %d and b.k %% 4 = %d then ".formatted(t, m);
					content.append(when)
						.append("'%s' "
							.formatted(note(techniques[t], minutes[m], drift[(t + m) % 4]).replace("'", "''")));
					driftOff.append(when).append("'%s' ".formatted(drift[(t + m) % 4]));
				}
			}
			content.append("end");
			driftOff.append("end");
			s.execute("""
					insert into sessions_note (appointment_id, clinic_id, client_id, therapist_id, starts_at, content,
					  drift_off, status, version, created_at, saved_at, signed_by, signed_at, content_hash)
					select a.appointment_id, a.clinic_id, a.client_id, a.therapist_id, a.starts_at, %s, %s, 'SIGNED', 1,
					  a.starts_at, a.starts_at, a.therapist_id, a.starts_at, 'bench'
					from sessions_attendance a join bench_session b on b.id = a.appointment_id"""
				.formatted(content, driftOff)
				.replace("%%", "%"));
			s.execute("analyze");
		}
	}

	/** Drift on a database seeded by an earlier run (third argument {@code reuse}). */
	static ConfigurableApplicationContext existing(String database) {
		return new SpringApplicationBuilder(DriftApplication.class).run(
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
				"--drift.demo=false", "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=20");
	}

	static ClinicId benchClinic(DataSource data) throws Exception {
		try (Connection c = data.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id from people_clinic where name = 'Outcomes Bench'")) {
			rs.next();
			return new ClinicId(rs.getObject(1, UUID.class));
		}
	}

	static String note(String technique, int minutes, String driftOff) {
		return """
				{"subjective": {"sleepReport": "", "sleepRating": 6, "pain": 2, "stress": 5, "goals": ""},
				 "objective": {"areas": [{"area": "neck", "pressure": "P2"}], "techniques": ["%s"], "position": "prone",
				   "minutes": %d, "aromatherapy": false, "confirmedModifications": []},
				 "assessment": {"driftOff": "%s", "asleepMinutes": null, "response": ""},
				 "plan": {"nextSession": "", "homeAdvice": "", "changes": "", "homeRoutine": null}}"""
			.formatted(technique, minutes, driftOff);
	}

	static List<UUID> ids(DataSource data, UUID clinic) throws Exception {
		List<UUID> ids = new ArrayList<>();
		try (Connection c = data.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id from people_client where clinic_id = '" + clinic + "'")) {
			while (rs.next()) {
				ids.add(rs.getObject(1, UUID.class));
			}
		}
		return ids;
	}

	static long count(DataSource data, String table) throws Exception {
		try (Connection c = data.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static long size(DataSource data, String database) throws Exception {
		try (Connection c = data.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select pg_database_size('" + database + "')")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
