package dev.drift.outcomes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.drift.shared.Timestamps;
import dev.drift.sleep.DatedNight;
import dev.drift.sleep.SummaryWindow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outcomes tables: one client's rows replaced at once (under the lock of the client's
 * row, so two refreshes of one client never interleave), and the reads of the progress
 * page, the analytics and the claims.
 */
@Repository
class OutcomesStore {

	/**
	 * The tables holding a client's detail rows beside their {@code outcomes_client} row.
	 */
	private static final List<String> PER_CLIENT_DETAIL = List.of("outcomes_series", "outcomes_session",
			"outcomes_routine", "outcomes_score");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	OutcomesStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Replaces everything kept about the clients with these facts (one per live client; a
	 * client without facts keeps nothing): the clients' summary rows are locked first,
	 * their detail rows deleted and inserted again in batches, the summary rows updated
	 * (or inserted for new clients; two new ones at once: the later one fails and its
	 * refresh retries).
	 */
	void replace(List<UUID> clients, List<ClientFacts> facts, Instant now) {
		java.util.Set<UUID> existing = lockClients(clients);
		for (String table : PER_CLIENT_DETAIL) {
			this.jdbc.sql("delete from " + table + " where client_id in (:clients)").param("clients", clients).update();
		}
		java.util.Set<UUID> kept = new java.util.HashSet<>();
		facts.forEach((f) -> kept.add(f.clientId()));
		List<UUID> gone = existing.stream().filter((c) -> !kept.contains(c)).toList();
		if (!gone.isEmpty()) {
			this.jdbc.sql("delete from outcomes_client where client_id in (:clients)").param("clients", gone).update();
		}
		OffsetDateTime at = Timestamps.utc(now);
		List<Object[]> clientRows = new ArrayList<>();
		List<Object[]> changedRows = new ArrayList<>();
		List<Object[]> series = new ArrayList<>();
		List<Object[]> sessions = new ArrayList<>();
		List<Object[]> routines = new ArrayList<>();
		List<Object[]> scores = new ArrayList<>();
		for (ClientFacts f : facts) {
			UUID client = f.clientId();
			Object[] row = clientRow(f, at);
			if (existing.contains(client)) {
				// the columns after client_id, then client_id for the where clause
				Object[] changed = java.util.Arrays.copyOfRange(row, 1, row.length + 1);
				changed[row.length - 1] = client;
				changedRows.add(changed);
			}
			else {
				clientRows.add(row);
			}
			series.add(new Object[] { client, f.clinicId(), f.nights().size(), NightSeries.encode(f.nights()) });
			for (ClientFacts.SessionRow s : f.sessions()) {
				sessions.add(new Object[] { s.appointmentId(), f.clinicId(), client, s.therapistId(),
						Timestamps.utc(s.start()), s.sessionDate(), s.signed(), String.join(",", s.techniques()),
						s.minutes(), s.driftOff(), s.hoursToBed(), s.nightSol(), s.nightTst() });
			}
			f.routineEvenings()
				.stream()
				.distinct()
				.forEach((d) -> routines.add(new Object[] { client, d, f.clinicId() }));
			for (ClientFacts.ScoreRow s : f.scores()) {
				scores.add(new Object[] { s.responseId(), f.clinicId(), client, s.instrument(),
						Timestamps.utc(s.completedAt()), s.total(), s.category() });
			}
		}
		this.template.batchUpdate(
				"""
						insert into outcomes_client (client_id, clinic_id, therapist_id, profile, first_session, first_attended,
						  last_night, nights, sessions, baseline_nights, baseline_sol, baseline_tst, baseline_se, latest_nights,
						  latest_sol, latest_tst, latest_se, isi_first, isi_latest, g_technique, g_minutes, g_timing, g_drift_off,
						  g_sessions, g_adherence, session_nights, session_sol_sum, session_tst_sum, other_nights, other_sol_sum,
						  other_tst_sum, refreshed_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				clientRows);
		this.template.batchUpdate("""
				update outcomes_client set clinic_id = ?, therapist_id = ?, profile = ?, first_session = ?,
				  first_attended = ?, last_night = ?, nights = ?, sessions = ?, baseline_nights = ?, baseline_sol = ?,
				  baseline_tst = ?, baseline_se = ?, latest_nights = ?, latest_sol = ?, latest_tst = ?, latest_se = ?,
				  isi_first = ?, isi_latest = ?, g_technique = ?, g_minutes = ?, g_timing = ?, g_drift_off = ?,
				  g_sessions = ?, g_adherence = ?, session_nights = ?, session_sol_sum = ?, session_tst_sum = ?,
				  other_nights = ?, other_sol_sum = ?, other_tst_sum = ?, refreshed_at = ?
				where client_id = ?""", changedRows);
		this.template.batchUpdate(
				"insert into outcomes_series (client_id, clinic_id, nights, series) values (?, ?, ?, ?)", series);
		this.template.batchUpdate(
				"""
						insert into outcomes_session (appointment_id, clinic_id, client_id, therapist_id, starts_at, session_date,
						  signed, techniques, minutes, drift_off, hours_to_bed, night_sol, night_tst)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				sessions);
		this.template.batchUpdate("insert into outcomes_routine (client_id, evening_date, clinic_id) values (?, ?, ?)",
				routines);
		this.template.batchUpdate(
				"""
						insert into outcomes_score (response_id, clinic_id, client_id, instrument, completed_at, total, category)
						values (?, ?, ?, ?, ?, ?, ?)""",
				scores);
	}

	private static Object[] clientRow(ClientFacts f, OffsetDateTime at) {
		SummaryWindow b = f.baseline();
		SummaryWindow l = f.latest();
		return new Object[] { f.clientId(), f.clinicId(), f.therapistId(), f.profile(), f.firstSession(),
				f.firstAttended(), f.lastNight(), f.nights().size(), f.sessions().size(),
				(b == null) ? 0 : b.summary().validNights(),
				shown(b, (b == null) ? null : b.summary().meanSolMinutes()),
				shown(b, (b == null) ? null : b.summary().meanTstMinutes()),
				shown(b, (b == null) ? null : b.summary().meanNightlySePercent()),
				(l == null) ? 0 : l.summary().validNights(),
				shown(l, (l == null) ? null : l.summary().meanSolMinutes()),
				shown(l, (l == null) ? null : l.summary().meanTstMinutes()),
				shown(l, (l == null) ? null : l.summary().meanNightlySePercent()), f.isiFirst(), f.isiLatest(),
				f.keys().get(Grouping.TECHNIQUE), f.keys().get(Grouping.MINUTES), f.keys().get(Grouping.TIMING),
				f.keys().get(Grouping.DRIFT_OFF), f.keys().get(Grouping.SESSIONS), f.keys().get(Grouping.ADHERENCE),
				f.sessionNights().nights(), f.sessionNights().solSum(), f.sessionNights().tstSum(),
				f.otherNights().nights(), f.otherNights().solSum(), f.otherNights().tstSum(), at };
	}

	/** A window's mean only when it has enough data, else null. */
	private static BigDecimal shown(SummaryWindow window, BigDecimal mean) {
		return (window != null && window.enoughData()) ? mean : null;
	}

	/**
	 * Locks the clients' existing summary rows (in id order), which a concurrent refresh
	 * of one of them waits for; answers which exist. The rows are updated, never deleted
	 * and inserted again, so a refresh that waited sees the row the other one left.
	 */
	private java.util.Set<UUID> lockClients(List<UUID> clients) {
		if (clients.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(this.jdbc
			.sql("select client_id from outcomes_client where client_id in (:clients) order by client_id for update")
			.param("clients", clients)
			.query(UUID.class)
			.list());
	}

	/** Deletes the clients' rows, their summary row first (it locks the client). */
	private void deleteRows(List<UUID> clients) {
		if (clients.isEmpty()) {
			return;
		}
		List<UUID> sorted = clients.stream().sorted().toList();
		this.jdbc.sql("delete from outcomes_client where client_id in (:clients)").param("clients", sorted).update();
		for (String table : PER_CLIENT_DETAIL) {
			this.jdbc.sql("delete from " + table + " where client_id in (:clients)").param("clients", sorted).update();
		}
	}

	/** Deletes everything kept about a client (erasure). */
	void erase(UUID client) {
		deleteRows(List.of(client));
	}

	/**
	 * The client's summary row with their nights (oldest first), in one statement; empty
	 * before the client's first refresh.
	 */
	Optional<Projected> projected(UUID client) {
		return this.jdbc.sql("""
				select c.*, s.series from outcomes_client c left join outcomes_series s on s.client_id = c.client_id
				where c.client_id = :client""")
			.param("client", client)
			.query((rs, i) -> new Projected(clientRow(rs, i),
					(rs.getString("series") == null) ? List.of() : NightSeries.decode(rs.getString("series"))))
			.optional();
	}

	/** A client's summary row and nights. */
	record Projected(ClientRow row, List<DatedNight> nights) {
	}

	/** The client's nights, oldest first, as the sleep module's summaries take them. */
	List<DatedNight> nights(UUID client) {
		return this.jdbc.sql("select series from outcomes_series where client_id = :client")
			.param("client", client)
			.query(String.class)
			.optional()
			.map(NightSeries::decode)
			.orElse(List.of());
	}

	List<ClientFacts.SessionRow> sessions(UUID client) {
		return this.jdbc.sql("select * from outcomes_session where client_id = :client order by starts_at")
			.param("client", client)
			.query((rs, i) -> sessionRow(rs))
			.list();
	}

	List<ClientFacts.ScoreRow> scores(UUID client) {
		return this.jdbc.sql("select * from outcomes_score where client_id = :client order by completed_at")
			.param("client", client)
			.query((rs, i) -> new ClientFacts.ScoreRow(rs.getObject("response_id", UUID.class),
					rs.getString("instrument"), Timestamps.instant(rs, "completed_at"),
					(Integer) rs.getObject("total", Integer.class), rs.getString("category")))
			.list();
	}

	List<LocalDate> routines(UUID client) {
		return this.jdbc
			.sql("select evening_date from outcomes_routine where client_id = :client order by evening_date")
			.param("client", client)
			.query(LocalDate.class)
			.list();
	}

	/** Whether the therapist treated the client in an attended session. */
	boolean treatedBy(UUID client, UUID therapist) {
		return this.jdbc
			.sql("select count(*) from outcomes_session where client_id = :client and therapist_id = :therapist")
			.param("client", client)
			.param("therapist", therapist)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The clinic's clients with at least one attended session, with their key in the
	 * grouping; filtered by main therapist, plan profile and an attended session within
	 * from..to (each optional).
	 */
	List<ClientRow> analyticsRows(UUID clinic, UUID therapist, String profile, LocalDate from, LocalDate to) {
		return population("select c.*", "", clinic, therapist, profile, from, to).query(OutcomesStore::clientRow)
			.list();
	}

	/**
	 * The same population's groups in the grouping, added up by the database: per key the
	 * clients, their nights, and count, sum and sum of squares of each change (SOL, TST,
	 * SE: latest − baseline where both are shown; ISI: latest − first).
	 */
	List<Analysis.GroupSums> analyticsSums(Grouping by, UUID clinic, UUID therapist, String profile, LocalDate from,
			LocalDate to) {
		String select = "select c." + by.column() + " as k, count(*) as clients,"
				+ " sum(c.baseline_nights + c.latest_nights) as nights, " + sums("sol", "c.latest_sol - c.baseline_sol")
				+ ", " + sums("tst", "c.latest_tst - c.baseline_tst") + ", " + sums("se", "c.latest_se - c.baseline_se")
				+ ", " + sums("isi", "c.isi_latest - c.isi_first");
		return population(select, " group by c." + by.column(), clinic, therapist, profile, from, to)
			.query((rs, i) -> new Analysis.GroupSums(rs.getString("k"), rs.getInt("clients"), rs.getLong("nights"),
					sums(rs, "sol"), sums(rs, "tst"), sums(rs, "se"), sums(rs, "isi")))
			.list();
	}

	private static String sums(String name, String change) {
		return "count(%2$s) as %1$s_n, coalesce(sum(%2$s), 0) as %1$s_sum, coalesce(sum((%2$s) * (%2$s)), 0) as %1$s_sq"
			.formatted(name, change);
	}

	private static Analysis.Sums sums(ResultSet rs, String name) throws SQLException {
		return new Analysis.Sums(rs.getLong(name + "_n"), rs.getDouble(name + "_sum"), rs.getDouble(name + "_sq"));
	}

	private JdbcClient.StatementSpec population(String select, String groupBy, UUID clinic, UUID therapist,
			String profile, LocalDate from, LocalDate to) {
		StringBuilder sql = new StringBuilder(
				select + " from outcomes_client c where c.clinic_id = :clinic and c.first_attended is not null");
		if (therapist != null) {
			sql.append(" and c.therapist_id = :therapist");
		}
		if (profile != null) {
			sql.append(" and c.profile = :profile");
		}
		if (from != null || to != null) {
			sql.append(" and exists (select 1 from outcomes_session s where s.client_id = c.client_id");
			sql.append(from != null ? " and s.session_date >= :from" : "");
			sql.append(to != null ? " and s.session_date <= :to" : "");
			sql.append(")");
		}
		sql.append(groupBy);
		JdbcClient.StatementSpec spec = this.jdbc.sql(sql.toString()).param("clinic", clinic);
		if (therapist != null) {
			spec = spec.param("therapist", therapist);
		}
		if (profile != null) {
			spec = spec.param("profile", profile);
		}
		if (from != null) {
			spec = spec.param("from", from);
		}
		if (to != null) {
			spec = spec.param("to", to);
		}
		return spec;
	}

	/**
	 * The clinic's sessions whose following night is in the diary, by client (claims).
	 */
	Map<UUID, List<ClientFacts.SessionRow>> sessionNightsOfClinic(UUID clinic) {
		Map<UUID, List<ClientFacts.SessionRow>> byClient = new LinkedHashMap<>();
		this.jdbc
			.sql("select * from outcomes_session where clinic_id = :clinic and night_sol is not null"
					+ " order by client_id, starts_at")
			.param("clinic", clinic)
			.query((rs) -> {
				byClient.computeIfAbsent(rs.getObject("client_id", UUID.class), (k) -> new ArrayList<>())
					.add(sessionRow(rs));
			});
		return byClient;
	}

	private static ClientFacts.SessionRow sessionRow(ResultSet rs) throws SQLException {
		String techniques = rs.getString("techniques");
		return new ClientFacts.SessionRow(rs.getObject("appointment_id", UUID.class),
				rs.getObject("therapist_id", UUID.class), Timestamps.instant(rs, "starts_at"),
				rs.getObject("session_date", LocalDate.class), rs.getBoolean("signed"),
				techniques.isEmpty() ? List.of() : Arrays.asList(techniques.split(",")),
				(Integer) rs.getObject("minutes", Integer.class), rs.getString("drift_off"),
				rs.getBigDecimal("hours_to_bed"), (Integer) rs.getObject("night_sol", Integer.class),
				(Integer) rs.getObject("night_tst", Integer.class));
	}

	private static ClientRow clientRow(ResultSet rs, int i) throws SQLException {
		return new ClientRow(rs.getObject("client_id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("therapist_id", UUID.class), rs.getString("profile"),
				rs.getObject("first_session", LocalDate.class), rs.getObject("first_attended", LocalDate.class),
				rs.getObject("last_night", LocalDate.class), rs.getInt("baseline_nights"),
				rs.getBigDecimal("baseline_sol"), rs.getBigDecimal("baseline_tst"), rs.getBigDecimal("baseline_se"),
				rs.getInt("latest_nights"), rs.getBigDecimal("latest_sol"), rs.getBigDecimal("latest_tst"),
				rs.getBigDecimal("latest_se"), (Integer) rs.getObject("isi_first", Integer.class),
				(Integer) rs.getObject("isi_latest", Integer.class),
				new String[] { rs.getString("g_technique"), rs.getString("g_minutes"), rs.getString("g_timing"),
						rs.getString("g_drift_off"), rs.getString("g_sessions"), rs.getString("g_adherence") },
				new ClientFacts.NightSums(rs.getInt("session_nights"), rs.getLong("session_sol_sum"),
						rs.getLong("session_tst_sum")),
				new ClientFacts.NightSums(rs.getInt("other_nights"), rs.getLong("other_sol_sum"),
						rs.getLong("other_tst_sum")));
	}

	/** A client's stored summary row. */
	record ClientRow(UUID clientId, UUID clinicId, UUID therapistId, String profile, LocalDate firstSession,
			LocalDate firstAttended, LocalDate lastNight, int baselineNights, BigDecimal baselineSol,
			BigDecimal baselineTst, BigDecimal baselineSe, int latestNights, BigDecimal latestSol, BigDecimal latestTst,
			BigDecimal latestSe, Integer isiFirst, Integer isiLatest, String[] keys,
			ClientFacts.NightSums sessionNights, ClientFacts.NightSums otherNights) {

		String key(Grouping grouping) {
			return this.keys[grouping.ordinal()];
		}

	}

}
