package dev.drift.outcomes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.drift.sleep.DatedNight;
import dev.drift.sleep.SleepSummary;
import dev.drift.sleep.SummaryRules;
import dev.drift.sleep.SummaryWindow;

/**
 * What outcomes keeps about one client, computed from the source modules' data in one go
 * (a pure function, no I/O): the nights, the sessions with their following night, the
 * baseline and latest week as the sleep module's {@link SummaryRules} makes them (as of
 * the newest night), session nights against other nights, and the client's key in each
 * analytics grouping.
 */
record ClientFacts(UUID clinicId, UUID clientId, UUID therapistId, String profile, LocalDate firstSession,
		LocalDate firstAttended, LocalDate lastNight, List<DatedNight> nights, List<SessionRow> sessions,
		List<LocalDate> routineEvenings, List<ScoreRow> scores, SummaryWindow baseline, SummaryWindow latest,
		Integer isiFirst, Integer isiLatest, Map<Grouping, String> keys, NightSums sessionNights,
		NightSums otherNights) {

	/** Session lengths the analytics group by. */
	static final int[] LENGTHS = { 30, 60, 90, 120 };

	/** One attended session as outcomes stores it. */
	record SessionRow(UUID appointmentId, UUID therapistId, Instant start, LocalDate sessionDate, boolean signed,
			List<String> techniques, Integer minutes, String driftOff, BigDecimal hoursToBed, Integer nightSol,
			Integer nightTst) {

		boolean driftedOff() {
			return "DRIFTED_OFF".equals(this.driftOff) || "FELL_ASLEEP".equals(this.driftOff);
		}

	}

	/** One ISI or PSQI result (total and category). */
	record ScoreRow(UUID responseId, String instrument, Instant completedAt, Integer total, String category) {
	}

	/** Count and sums of nights (SOL, TST), for means. */
	record NightSums(int nights, long solSum, long tstSum) {

		BigDecimal meanSol() {
			return mean(this.solSum);
		}

		BigDecimal meanTst() {
			return mean(this.tstSum);
		}

		private BigDecimal mean(long sum) {
			return (this.nights == 0) ? null : BigDecimal.valueOf(sum)
				.divide(BigDecimal.valueOf(this.nights), 2, java.math.RoundingMode.HALF_UP);
		}

	}

	/** An attended session as the sessions module gives it, before its night is known. */
	record Attended(UUID appointmentId, UUID therapistId, Instant start, boolean signed, List<String> techniques,
			Integer minutes, String driftOff) {
	}

	static ClientFacts of(UUID clinicId, UUID clientId, ZoneId zone, String profile, LocalDate firstSession,
			List<DatedNight> nights, List<Attended> attended, List<LocalDate> routineEvenings, List<ScoreRow> scores) {
		TreeMap<LocalDate, DatedNight> byDate = new TreeMap<>();
		nights.forEach((night) -> byDate.put(night.diaryDate(), night));
		List<SessionRow> sessions = attended.stream()
			.sorted(Comparator.comparing(Attended::start))
			.map((a) -> session(a, zone, byDate))
			.toList();
		LocalDate lastNight = byDate.isEmpty() ? null : byDate.lastKey();
		SleepSummary summary = (lastNight == null) ? null
				: SummaryRules.summarise(List.copyOf(byDate.values()), firstSession, lastNight);
		SummaryWindow baseline = (summary == null) ? null : summary.baseline();
		SummaryWindow latest = (summary == null) ? null : summary.latestWeek().window();
		LocalDate firstAttended = sessions.isEmpty() ? null : sessions.get(0).sessionDate();
		Set<LocalDate> sessionDates = new HashSet<>();
		sessions.forEach((s) -> sessionDates.add(s.sessionDate().plusDays(1)));
		long sSol = 0;
		long sTst = 0;
		int sN = 0;
		long oSol = 0;
		long oTst = 0;
		int oN = 0;
		if (firstAttended != null) {
			for (DatedNight night : byDate.tailMap(firstAttended, false).values()) {
				if (sessionDates.contains(night.diaryDate())) {
					sN++;
					sSol += night.metrics().solMinutes();
					sTst += night.metrics().tstMinutes();
				}
				else {
					oN++;
					oSol += night.metrics().solMinutes();
					oTst += night.metrics().tstMinutes();
				}
			}
		}
		List<ScoreRow> isi = scores.stream().filter((s) -> "ISI".equals(s.instrument()) && s.total() != null).toList();
		Integer isiFirst = isi.isEmpty() ? null : isi.get(0).total();
		Integer isiLatest = (isi.size() < 2) ? null : isi.get(isi.size() - 1).total();
		Map<Grouping, String> keys = keys(sessions, routineEvenings, firstAttended, lastNight);
		return new ClientFacts(clinicId, clientId, mainTherapist(sessions), profile, firstSession, firstAttended,
				lastNight, List.copyOf(byDate.values()), sessions, routineEvenings, scores, baseline, latest, isiFirst,
				isiLatest, keys, new NightSums(sN, sSol, sTst), new NightSums(oN, oSol, oTst));
	}

	private static SessionRow session(Attended a, ZoneId zone, TreeMap<LocalDate, DatedNight> byDate) {
		LocalDate date = a.start().atZone(zone).toLocalDate();
		DatedNight night = byDate.get(date.plusDays(1));
		BigDecimal hours = null;
		if (night != null && night.metrics().resolvedUtc() != null && a.minutes() != null) {
			Instant end = a.start().plus(Duration.ofMinutes(a.minutes()));
			long minutes = Duration.between(end, night.metrics().resolvedUtc().intoBed()).toMinutes();
			hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
		}
		return new SessionRow(a.appointmentId(), a.therapistId(), a.start(), date, a.signed(), a.techniques(),
				a.minutes(), a.driftOff(), hours, (night == null) ? null : night.metrics().solMinutes(),
				(night == null) ? null : night.metrics().tstMinutes());
	}

	/** The therapist of most attended sessions (ties: the earliest of them). */
	private static UUID mainTherapist(List<SessionRow> sessions) {
		Map<UUID, Integer> counts = new HashMap<>();
		sessions.forEach((s) -> counts.merge(s.therapistId(), 1, Integer::sum));
		UUID best = null;
		for (SessionRow s : sessions) {
			if (best == null || counts.get(s.therapistId()) > counts.get(best)) {
				best = s.therapistId();
			}
		}
		return best;
	}

	static Map<Grouping, String> keys(List<SessionRow> sessions, List<LocalDate> evenings, LocalDate firstAttended,
			LocalDate lastNight) {
		Map<Grouping, String> keys = new EnumMap<>(Grouping.class);
		List<SessionRow> signed = sessions.stream().filter(SessionRow::signed).toList();
		Map<String, Integer> techniques = new TreeMap<>();
		signed.forEach((s) -> s.techniques().forEach((t) -> techniques.merge(t, 1, Integer::sum)));
		keys.put(Grouping.TECHNIQUE, mode(techniques, "none"));
		Map<String, Integer> lengths = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		signed.stream()
			.filter((s) -> s.minutes() != null)
			.forEach((s) -> lengths.merge(String.valueOf(nearestLength(s.minutes())), 1, Integer::sum));
		keys.put(Grouping.MINUTES, lengths.isEmpty() ? "none" : mode(lengths, "none"));
		Map<String, Integer> timing = new TreeMap<>();
		sessions.stream()
			.filter((s) -> s.hoursToBed() != null)
			.forEach((s) -> timing.merge(timingBand(s.hoursToBed()), 1, Integer::sum));
		keys.put(Grouping.TIMING, mode(timing, "unknown"));
		keys.put(Grouping.DRIFT_OFF, signed.stream().anyMatch(SessionRow::driftedOff) ? "driftedOff" : "none");
		keys.put(Grouping.SESSIONS, sessionsBand(sessions.size()));
		keys.put(Grouping.ADHERENCE, adherence(evenings, firstAttended, lastNight));
		return keys;
	}

	static int nearestLength(int minutes) {
		int best = LENGTHS[0];
		for (int length : LENGTHS) {
			if (Math.abs(length - minutes) < Math.abs(best - minutes)) {
				best = length;
			}
		}
		return best;
	}

	static String timingBand(BigDecimal hours) {
		if (hours.compareTo(BigDecimal.valueOf(2)) < 0) {
			return "<2h";
		}
		return (hours.compareTo(BigDecimal.valueOf(4)) <= 0) ? "2-4h" : ">4h";
	}

	static String sessionsBand(int sessions) {
		if (sessions <= 1) {
			return String.valueOf(sessions);
		}
		if (sessions <= 3) {
			return "2-3";
		}
		return (sessions <= 6) ? "4-6" : "7+";
	}

	/**
	 * Routine evenings per week from the first attended session to the newest night: at
	 * least 4 a week is "4+/week".
	 */
	static String adherence(List<LocalDate> evenings, LocalDate firstAttended, LocalDate lastNight) {
		if (firstAttended == null) {
			return "<4/week";
		}
		LocalDate end = (lastNight == null || lastNight.isBefore(firstAttended)) ? firstAttended : lastNight;
		long days = ChronoUnit.DAYS.between(firstAttended, end) + 1;
		long logged = evenings.stream().distinct().filter((d) -> !d.isBefore(firstAttended) && !d.isAfter(end)).count();
		// at least 4 of every 7 evenings, by cross-multiplication
		return (logged * 7 >= 4 * Math.max(days, 7)) ? "4+/week" : "<4/week";
	}

	private static String mode(Map<String, Integer> counts, String none) {
		String best = none;
		int most = 0;
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			if (e.getValue() > most) {
				best = e.getKey();
				most = e.getValue();
			}
		}
		return best;
	}

}
