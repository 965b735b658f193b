package dev.drift.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The clinic's cited claims (sleep-measures spec §6.1) and the clinic's own figure for
 * each: per client, the mean over the qualifying session nights minus the mean over the
 * other nights since their first session; then the mean over clients (t interval).
 */
final class Claims {

	static final String SOURCE = "Ivanova S. (2024), The effect of massage therapy on the sleep quality in healthy adults,"
			+ " Current Trends in Natural Sciences 13(26); 74 adults completed (72 analysed)";

	static final String DESIGN = "Online retrospective self-report survey, within-person: the night after a massage"
			+ " against non-massage days; not randomised, no control group";

	private record Claim(String id, String claim, String metric, String claimed, String verification, String comparison,
			Predicate<ClientFacts.SessionRow> qualifies) {
	}

	private static final List<Claim> CLAIMS = List.of(
			new Claim("all-sol", "Fall asleep 6.16 min faster after a massage", "SOL", "-6.16",
					"verified against the abstract", "session nights vs other nights", (s) -> true),
			new Claim("all-tst", "Sleep 39 min longer after a massage", "TST", "39", "verified against the abstract",
					"session nights vs other nights", (s) -> true),
			new Claim("90-sol", "90-minute sessions: fall asleep 11.61 min faster", "SOL", "-11.61",
					"not verified (not in the abstract)", "nights after a 90-minute session vs other nights",
					(s) -> s.minutes() != null && ClientFacts.nearestLength(s.minutes()) == 90),
			new Claim("120-tst", "120-minute sessions: sleep 78 min longer", "TST", "78",
					"not verified (not in the abstract)", "nights after a 120-minute session vs other nights",
					(s) -> s.minutes() != null && ClientFacts.nearestLength(s.minutes()) == 120),
			new Claim("drift-sol", "Clients who drifted off: fall asleep 7.81 min faster", "SOL", "-7.81",
					"not verified (not in the abstract)", "nights after a session with drift-off vs other nights",
					ClientFacts.SessionRow::driftedOff),
			new Claim("drift-tst", "Clients who drifted off: sleep 49 min longer", "TST", "49",
					"not verified (not in the abstract)", "nights after a session with drift-off vs other nights",
					ClientFacts.SessionRow::driftedOff));

	private Claims() {
	}

	static List<ClaimCheck> check(Map<UUID, List<ClientFacts.SessionRow>> sessionNights,
			List<OutcomesStore.ClientRow> clients) {
		List<ClaimCheck> checks = new ArrayList<>();
		for (Claim claim : CLAIMS) {
			List<Double> differences = new ArrayList<>();
			int nights = 0;
			for (OutcomesStore.ClientRow client : clients) {
				ClientFacts.NightSums other = client.otherNights();
				if (other.nights() == 0) {
					continue;
				}
				List<ClientFacts.SessionRow> qualifying = sessionNights.getOrDefault(client.clientId(), List.of())
					.stream()
					.filter(claim.qualifies())
					.toList();
				if (qualifying.isEmpty()) {
					continue;
				}
				boolean sol = "SOL".equals(claim.metric());
				double mean = qualifying.stream()
					.mapToInt((s) -> sol ? s.nightSol() : s.nightTst())
					.average()
					.orElse(0);
				double otherMean = (double) (sol ? other.solSum() : other.tstSum()) / other.nights();
				differences.add(mean - otherMean);
				nights += qualifying.size() + other.nights();
			}
			Change measured = Change.of(differences);
			checks.add(new ClaimCheck(claim.id(), claim.claim(), claim.metric(), new BigDecimal(claim.claimed()),
					SOURCE, DESIGN, claim.verification(), claim.comparison(), measured, nights,
					measured.clients() >= OutcomeAnalytics.MINIMUM_CLIENTS));
		}
		return checks;
	}

}
