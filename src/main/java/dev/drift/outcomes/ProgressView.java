package dev.drift.outcomes;

import java.time.LocalDate;
import java.util.List;

import dev.drift.people.ClientProfile;
import dev.drift.sleep.SleepSummary;
import dev.drift.sleep.SummaryRules;

/**
 * Builds a client's progress from the read models: the projected nights go through the
 * sleep module's {@link SummaryRules} with the reference date today and the projected
 * first session, so baseline and latest week are the sleep summary's own. Reads only the
 * outcomes tables (the client's outcomes_client row joined to their outcomes_series row,
 * the client's sessions, scores and routine evenings by index).
 */
final class ProgressView {

	private ProgressView() {
	}

	static ClientOutcomes of(ClientProfile client, OutcomesStore store, LocalDate today) {
		java.util.UUID id = client.id().value();
		OutcomesStore.Projected projected = store.projected(id).orElse(null);
		OutcomesStore.ClientRow row = (projected == null) ? null : projected.row();
		SleepSummary summary = SummaryRules.summarise((projected == null) ? List.of() : projected.nights(),
				(row == null) ? null : row.firstSession(), today);
		List<ClientFacts.ScoreRow> scores = store.scores(id);
		ClientFacts.NightSums none = new ClientFacts.NightSums(0, 0, 0);
		List<ClientOutcomes.Session> sessions = store.sessions(id)
			.stream()
			.map((s) -> new ClientOutcomes.Session(s.appointmentId(), s.start(), s.sessionDate(), s.signed(),
					s.techniques(), s.minutes(), s.hoursToBed(), s.driftOff()))
			.toList();
		return new ClientOutcomes(id, today, summary.baseline(), summary.provisionalBaseline(),
				(summary.latestWeek() == null) ? null : summary.latestWeek().window(), scores(scores, "ISI"),
				scores(scores, "PSQI"), sessions,
				ClientOutcomes.NightGroup.of((row == null) ? none : row.sessionNights()),
				ClientOutcomes.NightGroup.of((row == null) ? none : row.otherNights()), summary.weeks(),
				store.routines(id));
	}

	private static ClientOutcomes.Scores scores(List<ClientFacts.ScoreRow> scores, String instrument) {
		return ClientOutcomes.Scores.of(scores.stream()
			.filter((s) -> s.instrument().equals(instrument))
			.map((s) -> new ClientOutcomes.Score(s.completedAt(), s.total(), s.category()))
			.toList());
	}

}
