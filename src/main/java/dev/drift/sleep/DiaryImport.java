package dev.drift.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static dev.drift.shared.Timestamps.utc;

/**
 * Writes a batch of past nights at once (demo data, imports), bypassing the 7-day window
 * that applies to a client's own entries. Invalid nights and dates already recorded are
 * skipped. Each night counts as recorded on getting up (never later than {@code now}), so
 * it locks 7 days after, like a night entered that morning.
 */
@Component
class DiaryImport {

	private static final String INSERT = """
			insert into sleep_diary_entry (id, version, clinic_id, client_id, diary_date, time_zone, into_bed,
			  tried_to_sleep, final_awakening, out_of_bed, sol_minutes, awakenings, waso_minutes, quality,
			  minutes_trying_after, woke_earlier, minutes_earlier, nap_count, nap_minutes, into_bed_at,
			  tried_to_sleep_at, final_awakening_at, out_of_bed_at, tib_minutes, tst_minutes, se_percent, warnings,
			  recorded_at, changed_at)
			values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	DiaryImport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	int importNights(UUID clinicId, UUID clientId, List<MorningEntry> nights, Instant now) {
		Set<LocalDate> taken = new HashSet<>(this.jdbc
			.queryForList("select diary_date from sleep_diary_entry where client_id = ?", LocalDate.class, clientId));
		List<Object[]> rows = new ArrayList<>();
		for (MorningEntry night : nights) {
			if (!(NightlyMetricsRules.evaluate(night) instanceof NightOutcome.Valid valid)) {
				continue;
			}
			LocalDate date = LocalDate.parse(night.diaryDate());
			if (taken.contains(date)) {
				continue;
			}
			taken.add(date);
			NightlyMetrics m = valid.metrics();
			Instant recorded = m.resolvedUtc().outOfBed().isBefore(now) ? m.resolvedUtc().outOfBed() : now;
			rows.add(new Object[] { UUID.randomUUID(), clinicId, clientId, date, night.timeZone(), night.intoBed(),
					night.triedToSleep(), night.finalAwakening(), night.outOfBed(), night.solMinutes(),
					night.awakenings(), night.wasoMinutes(), night.quality(), night.minutesTryingAfterFinalAwakening(),
					night.wokeEarlierThanPlanned(), night.minutesEarlier(), night.napCount(), night.napMinutes(),
					utc(m.resolvedUtc().intoBed()), utc(m.resolvedUtc().triedToSleep()),
					utc(m.resolvedUtc().finalAwakening()), utc(m.resolvedUtc().outOfBed()), m.tibMinutes(),
					m.tstMinutes(), m.sePercent(), String.join(",", m.warnings()), utc(recorded), utc(recorded) });
		}
		this.jdbc.batchUpdate(INSERT, rows);
		return rows.size();
	}

}
