package dev.drift.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.drift.sleep.SleepSummary;
import dev.drift.sleep.SummaryWindow;

/**
 * A client's progress from the read models: baseline and latest week exactly as the sleep
 * summary makes them (latest: the 7 days ending today in the client's zone), the weekly
 * windows for the timeline, ISI and PSQI results, attended sessions, routine evenings,
 * and session nights (diary date the day after an attended session's local date) against
 * the other nights since the first attended session.
 */
public record ClientOutcomes(UUID clientId, LocalDate today, SummaryWindow baseline, boolean provisionalBaseline,
		SummaryWindow latest, Scores isi, Scores psqi, List<Session> sessions, NightGroup sessionNights,
		NightGroup otherNights, List<SleepSummary.Week> weeks, List<LocalDate> routineEvenings) {

	public ClientOutcomes {
		sessions = List.copyOf(sessions);
		weeks = List.copyOf(weeks);
		routineEvenings = List.copyOf(routineEvenings);
	}

	/** Nights and their mean time to fall asleep and total sleep (null with no night). */
	public record NightGroup(int nights, BigDecimal meanSolMinutes, BigDecimal meanTstMinutes) {

		static NightGroup of(ClientFacts.NightSums sums) {
			return new NightGroup(sums.nights(), sums.meanSol(), sums.meanTst());
		}

	}

	/**
	 * An instrument's results, oldest first, with the first and latest total and the
	 * change between them (latest − first; null with fewer than two).
	 */
	public record Scores(List<Score> results, Integer first, Integer latest, Integer change) {

		public Scores {
			results = List.copyOf(results);
		}

		static Scores of(List<Score> results) {
			if (results.isEmpty()) {
				return new Scores(results, null, null, null);
			}
			Integer first = results.get(0).total();
			Integer latest = results.get(results.size() - 1).total();
			Integer change = (results.size() < 2 || first == null || latest == null) ? null : latest - first;
			return new Scores(results, first, latest, change);
		}

	}

	/** One result: when, the total and its category band. */
	public record Score(Instant completedAt, Integer total, String category) {
	}

	/**
	 * An attended session: its local date, what the signed note records, the hours from
	 * its end to that night's bedtime (null when the night is not in the diary).
	 */
	public record Session(UUID appointmentId, Instant start, LocalDate date, boolean signed, List<String> techniques,
			Integer minutes, BigDecimal hoursToBedtime, String driftOff) {

		public Session {
			techniques = List.copyOf(techniques);
		}

	}

}
