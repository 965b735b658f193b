package dev.drift.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.drift.accounts.Accounts;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.selfcare.PastRoutine;
import dev.drift.selfcare.SelfCare;
import dev.drift.shared.DriftException;
import dev.drift.sleep.DiaryEntryView;
import dev.drift.sleep.SleepDiary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-care routine logs for the demo clients, through the selfcare facade, consistent
 * with their diaries: only after the first session, only before recorded diary nights,
 * done in the hour or so before that night's recorded bedtime, in the variant the gate
 * gives the client. Some clients are faithful (most evenings, now and then the short
 * version), some do it about half the time, some rarely; tonight is left open for the
 * evening reminder. Runs after the diary (10) and the intakes (20) that it reads.
 * Deterministic for a seed ({@code drift.demo.routine-seed}).
 */
@Component
class DemoRoutines {

	private static final Logger log = LoggerFactory.getLogger(DemoRoutines.class);

	/** Share of diary nights with the routine before them, by client (in turn). */
	private static final double[] FAITHFULNESS = { 0.9, 0.5, 0.15, 0.75 };

	private final SelfCare selfCare;

	private final SleepDiary diary;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	private final long seed;

	DemoRoutines(SelfCare selfCare, SleepDiary diary, Accounts accounts, TransactionTemplate transactions,
			@Value("${drift.demo.routine-seed:20261204}") long seed) {
		this.selfCare = selfCare;
		this.diary = diary;
		this.accounts = accounts;
		this.transactions = transactions;
		this.seed = seed;
	}

	@EventListener
	@Order(25)
	void seed(DemoClinicCreated created) {
		Integer logs = this.transactions.execute((status) -> seedAll(created.admin()));
		log.info("Demo routine logs: {}", logs);
	}

	private int seedAll(Actor admin) {
		int stored = 0;
		List<DemoClinic.DemoClient> clients = DemoClinic.clients();
		for (int i = 0; i < clients.size(); i++) {
			ClientId id = this.accounts.findByEmail(clients.get(i).email()).orElseThrow().clientId();
			try {
				stored += this.selfCare.importLogs(admin, id,
						routines(admin, id, FAITHFULNESS[i % 4], new Random(this.seed * 17 + i)));
			}
			catch (DriftException ex) {
				log.info("Demo routine logs for {} not made: {}", clients.get(i).email(), ex.code());
			}
		}
		return stored;
	}

	private List<PastRoutine> routines(Actor admin, ClientId client, double faithfulness, Random random) {
		LocalDate firstSession = this.diary.settings(admin, client).firstSession();
		if (firstSession == null) {
			return List.of();
		}
		String variant = this.selfCare.routine(admin, client, null).variant();
		int total = this.selfCare.routine(admin, client, variant).totalSeconds();
		List<PastRoutine> routines = new ArrayList<>();
		List<DiaryEntryView> nights = this.diary.entries(admin, client, firstSession.plusDays(1), null);
		for (DiaryEntryView night : nights) {
			if (random.nextDouble() >= faithfulness) {
				continue;
			}
			Instant bed = night.metrics().resolvedUtc().intoBed();
			Instant at = bed.minus(Duration.ofMinutes(30 + random.nextInt(60)));
			boolean shorter = !"hands_breath".equals(variant) && random.nextInt(5) == 0;
			String done = shorter ? "short_10" : variant;
			int seconds = shorter ? 620 : total;
			boolean completed = random.nextInt(8) != 0;
			if (!completed) {
				seconds = (int) (seconds * (0.3 + random.nextDouble() * 0.5));
			}
			Integer relaxation = random.nextInt(4) == 0 ? null
					: Math.min(10, 5 + random.nextInt(4) + (completed ? 1 : 0));
			routines.add(new PastRoutine(at, done, completed, seconds, relaxation));
		}
		return routines;
	}

}
