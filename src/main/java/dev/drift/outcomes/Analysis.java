package dev.drift.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups the clients' stored change figures (a pure function): every client in exactly
 * one group of the grouping; per group the mean change of each measure over the clients
 * that have it, with a t interval; groups under 5 clients suppressed.
 */
final class Analysis {

	private Analysis() {
	}

	static OutcomeAnalytics of(Grouping by, LocalDate from, LocalDate to, List<OutcomesStore.ClientRow> rows) {
		Map<String, List<OutcomesStore.ClientRow>> groups = new TreeMap<>();
		rows.forEach((row) -> groups.computeIfAbsent(row.key(by), (k) -> new ArrayList<>()).add(row));
		List<OutcomeAnalytics.Group> shown = new ArrayList<>();
		int suppressed = 0;
		for (Map.Entry<String, List<OutcomesStore.ClientRow>> group : groups.entrySet()) {
			List<OutcomesStore.ClientRow> clients = group.getValue();
			if (clients.size() < OutcomeAnalytics.MINIMUM_CLIENTS) {
				suppressed++;
				continue;
			}
			int nights = clients.stream().mapToInt((c) -> c.baselineNights() + c.latestNights()).sum();
			shown.add(new OutcomeAnalytics.Group(group.getKey(), clients.size(), nights,
					change(clients, OutcomesStore.ClientRow::baselineSol, OutcomesStore.ClientRow::latestSol),
					change(clients, OutcomesStore.ClientRow::baselineTst, OutcomesStore.ClientRow::latestTst),
					change(clients, OutcomesStore.ClientRow::baselineSe, OutcomesStore.ClientRow::latestSe),
					isiChange(clients)));
		}
		return new OutcomeAnalytics(by.parameter(), from, to, Change.METHOD, shown, suppressed);
	}

	private static Change change(List<OutcomesStore.ClientRow> clients,
			Function<OutcomesStore.ClientRow, BigDecimal> baseline,
			Function<OutcomesStore.ClientRow, BigDecimal> latest) {
		List<Double> values = new ArrayList<>();
		for (OutcomesStore.ClientRow c : clients) {
			BigDecimal b = baseline.apply(c);
			BigDecimal l = latest.apply(c);
			if (b != null && l != null) {
				values.add(l.subtract(b).doubleValue());
			}
		}
		return Change.of(values);
	}

	private static Change isiChange(List<OutcomesStore.ClientRow> clients) {
		List<Double> values = new ArrayList<>();
		for (OutcomesStore.ClientRow c : clients) {
			if (c.isiFirst() != null && c.isiLatest() != null) {
				values.add((double) (c.isiLatest() - c.isiFirst()));
			}
		}
		return Change.of(values);
	}

}
