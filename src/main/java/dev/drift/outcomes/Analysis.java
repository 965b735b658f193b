package dev.drift.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups the clients' stored change figures (a pure function over each group's sums, as
 * the database adds them up): every client in exactly one group of the grouping; per
 * group the mean change of each measure over the clients that have it, with a t interval;
 * groups under 5 clients suppressed.
 */
final class Analysis {

	private Analysis() {
	}

	/** Count, sum and sum of squares of one measure's changes over a group's clients. */
	record Sums(long n, double sum, double squares) {

		static final Sums NONE = new Sums(0, 0, 0);

		Sums plus(BigDecimal baseline, BigDecimal latest) {
			if (baseline == null || latest == null) {
				return this;
			}
			double change = latest.subtract(baseline).doubleValue();
			return new Sums(this.n + 1, this.sum + change, this.squares + change * change);
		}

	}

	/** One group's clients, nights and the sums of each change (SOL, TST, SE, ISI). */
	record GroupSums(String key, int clients, long nights, Sums sol, Sums tst, Sums se, Sums isi) {

		/** The same sums as the database's, from clients' rows (tests, small sets). */
		static List<GroupSums> of(Grouping by, List<OutcomesStore.ClientRow> rows) {
			Map<String, GroupSums> groups = new TreeMap<>();
			for (OutcomesStore.ClientRow c : rows) {
				GroupSums g = groups.getOrDefault(c.key(by),
						new GroupSums(c.key(by), 0, 0, Sums.NONE, Sums.NONE, Sums.NONE, Sums.NONE));
				groups.put(g.key(),
						new GroupSums(g.key(), g.clients() + 1, g.nights() + c.baselineNights() + c.latestNights(),
								g.sol().plus(c.baselineSol(), c.latestSol()),
								g.tst().plus(c.baselineTst(), c.latestTst()), g.se().plus(c.baselineSe(), c.latestSe()),
								g.isi()
									.plus((c.isiFirst() == null) ? null : BigDecimal.valueOf(c.isiFirst()),
											(c.isiLatest() == null) ? null : BigDecimal.valueOf(c.isiLatest()))));
			}
			return List.copyOf(groups.values());
		}

	}

	static OutcomeAnalytics of(Grouping by, LocalDate from, LocalDate to, List<GroupSums> sums) {
		List<GroupSums> groups = new ArrayList<>(sums);
		groups.sort(Comparator.comparing(GroupSums::key));
		List<OutcomeAnalytics.Group> shown = new ArrayList<>();
		int suppressed = 0;
		for (GroupSums g : groups) {
			if (g.clients() < OutcomeAnalytics.MINIMUM_CLIENTS) {
				suppressed++;
				continue;
			}
			shown.add(new OutcomeAnalytics.Group(g.key(), g.clients(), (int) g.nights(), change(g, GroupSums::sol),
					change(g, GroupSums::tst), change(g, GroupSums::se), change(g, GroupSums::isi)));
		}
		return new OutcomeAnalytics(by.parameter(), from, to, Change.METHOD, shown, suppressed);
	}

	private static Change change(GroupSums group, Function<GroupSums, Sums> measure) {
		Sums s = measure.apply(group);
		return Change.of((int) s.n(), s.sum(), s.squares());
	}

}
