package dev.drift.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.drift.accounts.Accounts;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.sleep.MorningEntry;
import dev.drift.sleep.SleepDiary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Eight weeks of diary nights for the demo clients from a seeded model: two baseline
 * weeks (then the first session is recorded), then gradual improvement with noise.
 * Clients improve clearly (every third), a little (the rest) or not at all (client3);
 * about one night in eight is missing, and today's night is left for the morning reminder
 * for most. The first three clients' history reaches back past the zone's latest clock
 * change, so nights across a daylight-saving change are always in the demo, whatever
 * "now" is. Deterministic for a seed ({@code drift.demo.sleep-seed}) and a date.
 */
@Component
class DemoSleepDiary {

	static final int WEEKS = 8;

	static final int BASELINE_DAYS = 14;

	private static final Logger log = LoggerFactory.getLogger(DemoSleepDiary.class);

	private final SleepDiary diary;

	private final Accounts accounts;

	private final People people;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final long seed;

	DemoSleepDiary(SleepDiary diary, Accounts accounts, People people, TransactionTemplate transactions, Clock clock,
			@Value("${drift.demo.sleep-seed:20261121}") long seed) {
		this.diary = diary;
		this.accounts = accounts;
		this.people = people;
		this.transactions = transactions;
		this.clock = clock;
		this.seed = seed;
	}

	@EventListener
	@Order(10)
	void seed(DemoClinicCreated created) {
		long started = System.nanoTime();
		int nights = this.transactions.execute((status) -> seedAll(created.admin()));
		log.info("Demo sleep diary: {} nights in {} ms", nights, (System.nanoTime() - started) / 1_000_000);
	}

	private int seedAll(Actor admin) {
		int stored = 0;
		List<DemoClinic.DemoClient> demoClients = DemoClinic.clients();
		for (int i = 0; i < demoClients.size(); i++) {
			ClientId id = this.accounts.findByEmail(demoClients.get(i).email()).orElseThrow().clientId();
			ClientProfile client = this.people.findClient(id).orElseThrow();
			LocalDate today = LocalDate.now(this.clock.withZone(client.timeZone()));
			LocalDate first = today.minusDays(WEEKS * 7 - 1);
			LocalDate clockChange = lastClockChange(client.timeZone(), today);
			if (i < 3) {
				first = earlierOf(first, clockChange.minusDays(BASELINE_DAYS / 2));
			}
			Trend trend = (i == 2) ? Trend.NONE : (i % 3 == 0) ? Trend.CLEAR : Trend.LITTLE;
			List<MorningEntry> model = nights(client, first, today, clockChange, trend, new Random(this.seed * 31 + i));
			stored += this.diary.importNights(admin, id, model);
			this.diary.recordFirstSession(admin, id, first.plusDays(BASELINE_DAYS - 1));
		}
		return stored;
	}

	/** How strongly a client improves after the first session. */
	enum Trend {

		CLEAR(0.65), LITTLE(0.2), NONE(0.0);

		final double gain;

		Trend(double gain) {
			this.gain = gain;
		}

	}

	/**
	 * The model's nights from first to today; the night of {@code keep} is never missing.
	 */
	static List<MorningEntry> nights(ClientProfile client, LocalDate first, LocalDate today, LocalDate keep,
			Trend trend, Random random) {
		double sol0 = 35 + random.nextInt(40);
		double waso0 = 30 + random.nextInt(50);
		double nwak0 = 2 + random.nextInt(3);
		double quality0 = 1.8 + random.nextDouble();
		LocalDate sessions = first.plusDays(BASELINE_DAYS);
		int span = (int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(sessions, today));
		boolean recordsToday = random.nextInt(4) == 0;
		List<MorningEntry> nights = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(today); date = date.plusDays(1)) {
			if ((random.nextInt(8) == 0 && !date.equals(keep)) || (date.equals(today) && !recordsToday)) {
				continue;
			}
			long treated = java.time.temporal.ChronoUnit.DAYS.between(sessions, date);
			double progress = treated < 0 ? 0 : trend.gain * Math.min(1.0, treated / (span * 0.7));
			LocalTime usual = client.sleep().mainSleepStartOn(date.minusDays(1));
			LocalTime intoBed = usual.plusMinutes(random.nextInt(41) - 20);
			LocalTime tried = intoBed.plusMinutes(random.nextInt(4) * 5);
			int window = 450 + random.nextInt(60);
			int sol = noisy(sol0 * (1 - progress), random);
			int waso = noisy(waso0 * (1 - progress), random);
			int nwak = Math.max(waso == 0 ? 0 : 1,
					(int) Math.round(nwak0 * (1 - progress / 1.5) + random.nextGaussian() * 0.6));
			int limit = window - 120;
			if (sol + waso > limit) {
				waso = Math.max(0, limit - sol);
			}
			LocalTime awake = tried.plusMinutes(window);
			LocalTime up = awake.plusMinutes(5 + random.nextInt(30));
			boolean early = random.nextDouble() < 0.35 * (1 - progress);
			int quality = (int) Math.max(1,
					Math.min(5, Math.round(quality0 + progress * 3 + random.nextGaussian() * 0.5)));
			nights.add(new MorningEntry(date.toString(), client.timeZone().getId(), hhmm(intoBed), hhmm(tried), sol,
					nwak, waso, hhmm(awake), hhmm(up), quality, null, early, early ? 30 + random.nextInt(60) : null,
					null, null));
		}
		return nights;
	}

	private static int noisy(double mean, Random random) {
		return (int) Math.max(0, Math.round(mean * (1 + random.nextGaussian() * 0.25)));
	}

	/** The date of the zone's latest clock change before today. */
	static LocalDate lastClockChange(ZoneId zone, LocalDate today) {
		// the latest change whose night lies before today's: today's night may not be
		// over
		// (or recorded) yet, e.g. just before the clocks change at 01:00
		ZoneOffsetTransition transition = zone.getRules()
			.previousTransition(today.plusDays(1).atStartOfDay(zone).toInstant());
		while (transition != null && !transition.getDateTimeAfter().toLocalDate().isBefore(today)) {
			transition = zone.getRules().previousTransition(transition.getInstant());
		}
		return (transition == null) ? today.minusDays(1) : transition.getDateTimeAfter().toLocalDate();
	}

	private static LocalDate earlierOf(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static String hhmm(LocalTime time) {
		return "%02d:%02d".formatted(time.getHour(), time.getMinute());
	}

}
