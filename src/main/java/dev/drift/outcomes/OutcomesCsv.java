package dev.drift.outcomes;

import java.time.LocalDate;
import java.util.List;

/**
 * CSV texts (RFC 4180: comma separated, quoted when needed, CRLF line ends): the
 * analytics with one row per shown group, and a client's own record in long form (one
 * value a row).
 */
final class OutcomesCsv {

	private final StringBuilder text = new StringBuilder();

	private OutcomesCsv(String... header) {
		row((Object[]) header);
	}

	static String analytics(OutcomeAnalytics a) {
		OutcomesCsv csv = new OutcomesCsv("by", "key", "clients", "nights", "sol_change_mean", "sol_change_ci_lo",
				"sol_change_ci_hi", "sol_clients", "tst_change_mean", "tst_change_ci_lo", "tst_change_ci_hi",
				"tst_clients", "se_change_mean", "se_change_ci_lo", "se_change_ci_hi", "se_clients", "isi_change_mean",
				"isi_change_ci_lo", "isi_change_ci_hi", "isi_clients", "from", "to", "suppressed_groups", "method");
		for (OutcomeAnalytics.Group g : a.groups()) {
			csv.row(a.by(), g.key(), g.clients(), g.nights(), g.solChange().mean(), lo(g.solChange()),
					hi(g.solChange()), g.solChange().clients(), g.tstChange().mean(), lo(g.tstChange()),
					hi(g.tstChange()), g.tstChange().clients(), g.seChange().mean(), lo(g.seChange()), hi(g.seChange()),
					g.seChange().clients(), g.isiChange().mean(), lo(g.isiChange()), hi(g.isiChange()),
					g.isiChange().clients(), a.from(), a.to(), a.suppressedGroups(), a.method());
		}
		return csv.toString();
	}

	/** The client's diary, scores, sessions and routine evenings, one value a row. */
	static String client(ClientOutcomes o, List<dev.drift.sleep.DatedNight> nights) {
		OutcomesCsv csv = new OutcomesCsv("record", "date", "item", "value");
		for (dev.drift.sleep.DatedNight n : nights) {
			LocalDate d = n.diaryDate();
			csv.row("diary", d, "minutes_to_fall_asleep", n.metrics().solMinutes());
			csv.row("diary", d, "minutes_awake_in_night", n.metrics().wasoMinutes());
			csv.row("diary", d, "total_sleep_minutes", n.metrics().tstMinutes());
			csv.row("diary", d, "time_in_bed_minutes", n.metrics().tibMinutes());
			csv.row("diary", d, "sleep_efficiency_percent", n.metrics().sePercent());
		}
		for (ClientOutcomes.Scores scores : List.of(o.isi(), o.psqi())) {
			String name = (scores == o.isi()) ? "isi" : "psqi";
			for (ClientOutcomes.Score s : scores.results()) {
				csv.row(name, s.completedAt(), "total", s.total());
				csv.row(name, s.completedAt(), "category", s.category());
			}
		}
		for (ClientOutcomes.Session s : o.sessions()) {
			csv.row("session", s.date(), "techniques", String.join(" ", s.techniques()));
			csv.row("session", s.date(), "minutes", s.minutes());
			csv.row("session", s.date(), "hours_to_bedtime", s.hoursToBedtime());
			csv.row("session", s.date(), "drift_off", s.driftOff());
		}
		for (LocalDate evening : o.routineEvenings()) {
			csv.row("routine", evening, "logged", "yes");
		}
		return csv.toString();
	}

	private static Object lo(Change c) {
		return (c.ci95() == null) ? null : c.ci95().get(0);
	}

	private static Object hi(Change c) {
		return (c.ci95() == null) ? null : c.ci95().get(1);
	}

	private void row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.text.append(',');
			}
			String value = (values[i] == null) ? "" : values[i].toString();
			if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
				value = "\"" + value.replace("\"", "\"\"") + "\"";
			}
			this.text.append(value);
		}
		this.text.append("\r\n");
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
