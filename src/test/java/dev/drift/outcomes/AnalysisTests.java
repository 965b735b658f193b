package dev.drift.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics as a pure function over clients' stored figures: every client in exactly
 * one group, groups under 5 suppressed and counted, the t interval, and the per-client
 * keys of the groupings.
 */
class AnalysisTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void everyClientIsCountedOnceAndSmallGroupsAreSuppressed(long seed) {
		Random random = new Random(seed);
		List<OutcomesStore.ClientRow> rows = new ArrayList<>();
		int clients = 20 + random.nextInt(60);
		String[] techniques = { "SWEDISH", "DEEP_TISSUE", "REFLEXOLOGY", "MYOFASCIAL" };
		for (int i = 0; i < clients; i++) {
			// skewed so that some groups are small
			String technique = techniques[Math.min(3, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.5))];
			rows.add(row(technique, 30 + random.nextInt(10), 20 + random.nextInt(10)));
		}
		OutcomeAnalytics analytics = Analysis.of(Grouping.TECHNIQUE, null, null,
				Analysis.GroupSums.of(Grouping.TECHNIQUE, rows));
		long[] perKey = new long[techniques.length];
		for (int t = 0; t < techniques.length; t++) {
			String key = techniques[t];
			perKey[t] = rows.stream().filter((r) -> r.key(Grouping.TECHNIQUE).equals(key)).count();
		}
		int suppressed = 0;
		int shownClients = 0;
		for (int t = 0; t < techniques.length; t++) {
			String key = techniques[t];
			if (perKey[t] > 0 && perKey[t] < 5) {
				suppressed++;
				assertThat(analytics.groups()).noneMatch((g) -> g.key().equals(key));
			}
			else if (perKey[t] >= 5) {
				long size = perKey[t];
				shownClients += (int) size;
				assertThat(analytics.groups()).anyMatch((g) -> g.key().equals(key) && g.clients() == size);
			}
		}
		assertThat(analytics.suppressedGroups()).isEqualTo(suppressed);
		assertThat(analytics.groups().stream().mapToInt(OutcomeAnalytics.Group::clients).sum()).isEqualTo(shownClients);
	}

	@Test
	void theMeanChangeHasATIntervalOverClients() {
		List<OutcomesStore.ClientRow> rows = List.of(row("SWEDISH", 30, 20), row("SWEDISH", 30, 22),
				row("SWEDISH", 30, 24), row("SWEDISH", 30, 26), row("SWEDISH", 30, 28));
		OutcomeAnalytics.Group group = Analysis
			.of(Grouping.TECHNIQUE, null, null, Analysis.GroupSums.of(Grouping.TECHNIQUE, rows))
			.groups()
			.get(0);
		// changes -10, -8, -6, -4, -2: mean -6, sd sqrt(10), t(4) = 2.776
		assertThat(group.solChange().mean()).isEqualByComparingTo("-6.00");
		double half = 2.776 * Math.sqrt(10) / Math.sqrt(5);
		assertThat(group.solChange().ci95().get(0).doubleValue()).isCloseTo(-6 - half,
				org.assertj.core.data.Offset.offset(0.01));
		assertThat(group.solChange().ci95().get(1).doubleValue()).isCloseTo(-6 + half,
				org.assertj.core.data.Offset.offset(0.01));
		assertThat(group.clients()).isEqualTo(5);
		assertThat(group.isiChange().mean()).isNull();
	}

	@Test
	void aClientsKeysFollowTheirSessions() {
		LocalDate day = LocalDate.of(2026, 3, 2);
		List<ClientFacts.SessionRow> sessions = List.of(
				session(day, List.of("SWEDISH"), 88, "NONE", new BigDecimal("1.50")),
				session(day.plusDays(7), List.of("SWEDISH", "REFLEXOLOGY"), 92, "DRIFTED_OFF", new BigDecimal("3.00")),
				session(day.plusDays(14), List.of("DEEP_TISSUE"), 60, "DROWSY", new BigDecimal("1.00")));
		List<LocalDate> evenings = new ArrayList<>();
		for (int i = 0; i < 28; i += 2) {
			evenings.add(day.plusDays(i));
		}
		var keys = ClientFacts.keys(sessions, evenings, day, day.plusDays(27));
		assertThat(keys.get(Grouping.TECHNIQUE)).isEqualTo("SWEDISH");
		assertThat(keys.get(Grouping.MINUTES)).isEqualTo("90");
		assertThat(keys.get(Grouping.TIMING)).isEqualTo("<2h");
		assertThat(keys.get(Grouping.DRIFT_OFF)).isEqualTo("driftedOff");
		assertThat(keys.get(Grouping.SESSIONS)).isEqualTo("2-3");
		// 14 of 28 evenings is 3.5 a week
		assertThat(keys.get(Grouping.ADHERENCE)).isEqualTo("<4/week");
		assertThat(ClientFacts.adherence(evenings.subList(0, 4), day, day.plusDays(6))).isEqualTo("4+/week");
	}

	private static ClientFacts.SessionRow session(LocalDate date, List<String> techniques, int minutes, String driftOff,
			BigDecimal hours) {
		return new ClientFacts.SessionRow(UUID.randomUUID(), UUID.randomUUID(),
				date.atTime(18, 0).toInstant(java.time.ZoneOffset.UTC), date, true, techniques, minutes, driftOff,
				hours, 20, 400);
	}

	private static OutcomesStore.ClientRow row(String technique, int baselineSol, int latestSol) {
		return new OutcomesStore.ClientRow(UUID.randomUUID(), UUID.randomUUID(), null, null, null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), 10, BigDecimal.valueOf(baselineSol),
				BigDecimal.valueOf(400), BigDecimal.valueOf(80), 6, BigDecimal.valueOf(latestSol),
				BigDecimal.valueOf(420), BigDecimal.valueOf(85), null, null,
				new String[] { technique, "60", "2-4h", "none", "1", "<4/week" }, new ClientFacts.NightSums(0, 0, 0),
				new ClientFacts.NightSums(0, 0, 0));
	}

}
