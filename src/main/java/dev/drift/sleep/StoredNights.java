package dev.drift.sleep;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Many clients' stored nights in one statement (outcomes' read models): each night's
 * metrics are the figures the diary stored when the night was recorded (resolved
 * instants, TIB, SOL, NWAK, WASO, TST, SE, quality, warnings), with the rest derived from
 * them as {@link NightlyMetricsRules} derives them (PSIB, TWAK, the SE ratio, EMA, the
 * alternatives) — no entity loading, no re-evaluation of the entered times.
 */
@Component
class StoredNights {

	private final JdbcClient jdbc;

	StoredNights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The clients' nights, oldest first per client (clients without nights absent). */
	Map<UUID, List<DatedNight>> of(Collection<UUID> clients) {
		Map<UUID, List<DatedNight>> byClient = new HashMap<>();
		if (clients.isEmpty()) {
			return byClient;
		}
		this.jdbc.sql("""
				select client_id, diary_date, into_bed_at, tried_to_sleep_at, final_awakening_at, out_of_bed_at,
				  tib_minutes, sol_minutes, awakenings, waso_minutes, tst_minutes, se_percent, quality, woke_earlier,
				  minutes_earlier, nap_minutes, warnings
				from sleep_diary_entry where client_id in (:clients) order by client_id, diary_date""")
			.param("clients", clients)
			.query((ResultSet rs) -> {
				byClient.computeIfAbsent(rs.getObject("client_id", UUID.class), (k) -> new ArrayList<>())
					.add(new DatedNight(rs.getObject("diary_date", LocalDate.class), metrics(rs)));
			});
		return byClient;
	}

	/** The first massage session of each client that has one recorded. */
	Map<UUID, LocalDate> firstSessions(Collection<UUID> clients) {
		Map<UUID, LocalDate> first = new HashMap<>();
		if (clients.isEmpty()) {
			return first;
		}
		this.jdbc.sql("""
				select client_id, first_session_date from sleep_client_setting
				where client_id in (:clients) and first_session_date is not null""")
			.param("clients", clients)
			.query((ResultSet rs) -> {
				first.put(rs.getObject("client_id", UUID.class), rs.getObject("first_session_date", LocalDate.class));
			});
		return first;
	}

	private static NightlyMetrics metrics(ResultSet rs) throws SQLException {
		NightlyMetrics.ResolvedNight night = new NightlyMetrics.ResolvedNight(Timestamps.instant(rs, "into_bed_at"),
				Timestamps.instant(rs, "tried_to_sleep_at"), Timestamps.instant(rs, "final_awakening_at"),
				Timestamps.instant(rs, "out_of_bed_at"));
		int tib = rs.getInt("tib_minutes");
		int tst = rs.getInt("tst_minutes");
		int waso = rs.getInt("waso_minutes");
		long twak = minutes(night.finalAwakening(), night.outOfBed());
		long fromAttempt = minutes(night.triedToSleep(), night.outOfBed());
		Boolean wokeEarlier = (Boolean) rs.getObject("woke_earlier", Boolean.class);
		Integer ema = Boolean.TRUE.equals(wokeEarlier) ? (Integer) rs.getObject("minutes_earlier", Integer.class)
				: Boolean.FALSE.equals(wokeEarlier) ? Integer.valueOf(0) : null;
		Integer nap = (Integer) rs.getObject("nap_minutes", Integer.class);
		String warnings = rs.getString("warnings");
		return new NightlyMetrics(night, tib, (int) minutes(night.intoBed(), night.triedToSleep()),
				rs.getInt("sol_minutes"), rs.getInt("awakenings"), waso, (int) twak, tst,
				rs.getBigDecimal("se_percent"), tst + "/" + tib, ema, (nap == null) ? 0 : nap,
				new NightlyMetrics.Alternatives((fromAttempt == 0) ? null : NightlyMetrics.percent(tst, fromAttempt),
						(int) (waso + twak)),
				(warnings == null || warnings.isEmpty()) ? List.of() : Arrays.asList(warnings.split(",")),
				(Integer) rs.getObject("quality", Integer.class));
	}

	private static long minutes(Instant from, Instant to) {
		long seconds = to.getEpochSecond() - from.getEpochSecond();
		if (to.getNano() < from.getNano()) {
			seconds--;
		}
		return seconds / 60;
	}

}
