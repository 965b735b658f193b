package dev.drift.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.Random;

import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.questionnaires.Instrument;
import dev.drift.questionnaires.Questionnaires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ISI and PSQI history for the demo clients over the last eight weeks, on the default
 * schedule: ISI 56, 42, 28 and 14 days ago, PSQI 56 and 28 days ago, so both fall due
 * today. The model, deterministic for {@link #SEED}: each client has a baseline severity
 * (ISI total 12–22) and an improvement share; the severity at week {@code w} is
 * {@code baseline − share·(baseline − 4)·w/6} plus noise of ±1, split over the seven ISI
 * items. The first client and client10 improve clearly (share 0.9), client3 and client6
 * stay flat (share 0), the others improve by a share of 0.2–0.8 (the demo plans review
 * client10 as improved and client3 as not). The PSQI answers follow the same severity
 * (latency, sleep hours within the client's usual bed time, disturbances, quality,
 * daytime dysfunction), so both instruments tell the same story.
 */
@Component
class DemoQuestionnaires {

	static final long SEED = 20_260_301L;

	static final Set<Integer> CLEAR_CLIENTS = Set.of(0, 9);

	static final Set<Integer> FLAT_CLIENTS = Set.of(2, 5);

	private static final Logger log = LoggerFactory.getLogger(DemoQuestionnaires.class);

	private final Questionnaires questionnaires;

	private final People people;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoQuestionnaires(Questionnaires questionnaires, People people, TransactionTemplate transactions, Clock clock) {
		this.questionnaires = questionnaires;
		this.people = people;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	@Order(11)
	void seed(DemoClinicCreated created) {
		List<ClientProfile> demoClients = this.people.clientsOf(created.clinic().id())
			.stream()
			.sorted(java.util.Comparator.comparingInt(DemoQuestionnaires::demoNumber))
			.toList();
		Instant now = Instant.now(this.clock);
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < demoClients.size(); i++) {
				seed(created, demoClients.get(i), i, now);
			}
		});
		log.info("Demo questionnaires recorded for {} clients", demoClients.size());
	}

	private void seed(DemoClinicCreated created, ClientProfile client, int index, Instant now) {
		Random random = new Random(SEED * 31 + index);
		int baseline = 12 + random.nextInt(11);
		double share = CLEAR_CLIENTS.contains(index) ? 0.9
				: FLAT_CLIENTS.contains(index) ? 0.0 : 0.2 + 0.6 * random.nextDouble();
		LocalDate today = now.atZone(client.timeZone()).toLocalDate();
		for (int week = 0; week <= 6; week += 2) {
			int total = Math.clamp(Math.round(baseline - share * (baseline - 4) * week / 6.0) + random.nextInt(3) - 1,
					0, 28);
			Instant at = completedAt(client, today.minusWeeks(8 - week), random);
			this.questionnaires.recordCompleted(created.admin(), client.id(), Instrument.ISI, isi(total, random), at);
			if (week % 4 == 0) {
				this.questionnaires.recordCompleted(created.admin(), client.id(), Instrument.PSQI,
						psqi(client, total / 28.0, random), at.plusSeconds(300));
			}
		}
	}

	/** An evening time on that day, in the client's zone. */
	private static Instant completedAt(ClientProfile client, LocalDate day, Random random) {
		return ZonedDateTime.of(day, LocalTime.of(19, 0), client.timeZone())
			.plus(Duration.ofMinutes(random.nextInt(150)))
			.toInstant();
	}

	/** Seven items 0–4 summing to {@code total}, spread at random. */
	static ObjectNode isi(int total, Random random) {
		int[] items = new int[7];
		for (int left = total; left > 0;) {
			int i = random.nextInt(7);
			if (items[i] < 4) {
				items[i]++;
				left--;
			}
		}
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		ObjectNode values = body.putObject("items");
		String[] keys = { "fallingAsleep", "stayingAsleep", "wakingTooEarly", "satisfaction", "noticeability", "worry",
				"interference" };
		for (int i = 0; i < 7; i++) {
			values.put(keys[i], items[i]);
		}
		return body;
	}

	/** PSQI answers for a severity from 0 (none) to 1 (worst). */
	static ObjectNode psqi(ClientProfile client, double severity, Random random) {
		LocalTime bed = client.sleep().workdayMainSleepStart();
		int inBed = 480 + 15 * random.nextInt(3);
		ObjectNode a = JsonNodeFactory.instance.objectNode();
		a.put("q1BedTime", bed.toString());
		a.put("q2LatencyMinutes", 5 * Math.round((10 + 70 * severity) / 5.0));
		a.put("q3GetUpTime", bed.plusMinutes(inBed).toString());
		double sleepShare = 0.95 - 0.4 * severity;
		a.put("q4SleepHours",
				BigDecimal.valueOf(Math.round(inBed * sleepShare / 15.0) * 15).divide(BigDecimal.valueOf(60)));
		for (String item : List.of("q5a", "q5b", "q5c", "q5d", "q5e", "q5f", "q5g", "q5h", "q5i")) {
			int base = item.equals("q5a") || item.equals("q5b") ? (int) Math.round(3 * severity)
					: (int) Math.round(1.5 * severity);
			a.put(item, Math.clamp(base + random.nextInt(2) - (random.nextBoolean() ? 1 : 0), 0, 3));
		}
		a.putNull("q5j");
		a.putNull("q5jText");
		a.put("q6", Math.clamp(Math.round(3 * severity + 0.2), 0, 3));
		a.put("q7", severity > 0.6 ? 1 : 0);
		a.put("q8", Math.clamp(Math.round(2 * severity - 0.3), 0, 3));
		a.put("q9", Math.clamp(Math.round(3 * severity), 0, 3));
		a.put("q10", random.nextBoolean() ? "same-bed" : "none");
		return a;
	}

	/** 1 for client@demo.drift, n for client{n}@demo.drift: the demo clinic's order. */
	private static int demoNumber(ClientProfile client) {
		String local = client.email().substring(0, client.email().indexOf('@'));
		String digits = local.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? 1 : Integer.parseInt(digits);
	}

}
