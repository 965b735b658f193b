package dev.drift.selfcare;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.drift.Http;
import dev.drift.MailTest;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestSmtp;
import dev.drift.notify.OutboxDeliveries;
import dev.drift.people.People;
import dev.drift.people.ShiftPattern;
import dev.drift.people.SleepSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 3: the evening reminder reaches a GreenMail inbox once, at the chosen time
 * before the client's main sleep in their zone (22:30 in London, 60 minutes before by
 * default: 21:30 local), also on the days the clocks change and when two instances run
 * the job at once, and not when that night's routine is already logged; a day sleeper's
 * comes in the morning.
 */
@MailTest
class EveningReminderTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	People directory;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	EveningReminders reminders;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theReminderComesOnceAnHourBeforeBedtimeEvenWhenTwoInstancesRunAtOnce() throws Exception {
		Person rae = enrolled("2032-08-10T17:00:00Z");

		runAt("2032-08-10T20:29:30Z");
		assertThat(TestSmtp.messagesTo(rae.email())).isEmpty();
		this.clock.set(Instant.parse("2032-08-10T20:30:05Z"));
		runTwiceAtOnce();
		runAt("2032-08-10T20:45:00Z");

		assertThat(TestSmtp.messagesTo(rae.email())).hasSize(1);
		assertThat(TestSmtp.messagesTo(rae.email()).get(0).getSubject()).isEqualTo("Time for your wind-down routine");
		assertThat(TestSmtp.messagesTo(rae.email()).get(0).getContent().toString()).contains("22:30");
	}

	@Test
	void onTheDaysTheClocksChangeTheReminderStillComesAt2130LocalTime() throws Exception {
		// 28 March 2032: BST from 01:00 UTC, so 21:30 local is 20:30 UTC
		Person spring = enrolled("2032-03-27T22:00:00Z");
		runAt("2032-03-28T20:29:00Z");
		assertThat(TestSmtp.messagesTo(spring.email())).isEmpty();
		runAt("2032-03-28T20:30:10Z");
		assertThat(TestSmtp.messagesTo(spring.email())).hasSize(1);

		// 31 October 2032: back to GMT, so 21:30 local is 21:30 UTC
		Person autumn = enrolled("2032-10-30T21:00:00Z");
		runAt("2032-10-31T20:30:10Z");
		runAt("2032-10-31T21:29:00Z");
		assertThat(TestSmtp.messagesTo(autumn.email())).isEmpty();
		runAt("2032-10-31T21:30:10Z");
		assertThat(TestSmtp.messagesTo(autumn.email())).hasSize(1);
	}

	@Test
	void noReminderWhenTonightsRoutineIsAlreadyLogged() throws Exception {
		Person early = enrolled("2032-08-12T17:00:00Z");
		this.clock.set(Instant.parse("2032-08-12T19:40:00Z"));
		HttpResponse<String> logged = new Http(this.port).json("POST",
				"/api/v1/clients/" + early.clientId().value() + "/routine/log",
				"{\"variant\":\"hands_breath\",\"completed\":true,\"seconds\":360}", "Authorization",
				early.basicAuth());
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);

		runAt("2032-08-12T20:30:10Z");
		assertThat(TestSmtp.messagesTo(early.email())).isEmpty();
		runAt("2032-08-13T20:30:10Z");
		assertThat(TestSmtp.messagesTo(early.email())).hasSize(1);
	}

	@Test
	void aDaySleepersReminderComesInTheMorningBeforeTheirMainSleep() throws Exception {
		this.clock.set(Instant.parse("2032-08-16T05:00:00Z"));
		Person night = this.people.newClient();
		this.directory.rescheduleSleep(night.actor(), night.clientId(), new SleepSchedule(LocalTime.of(9, 0),
				LocalTime.of(23, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), ShiftPattern.NIGHT));
		open(night);

		// Monday 16 August 2032: sleep at 09:00 BST, reminder at 08:00 BST = 07:00 UTC
		runAt("2032-08-16T06:59:00Z");
		assertThat(TestSmtp.messagesTo(night.email())).isEmpty();
		runAt("2032-08-16T07:00:10Z");
		assertThat(TestSmtp.messagesTo(night.email())).hasSize(1);
		assertThat(TestSmtp.messagesTo(night.email()).get(0).getContent().toString()).contains("09:00");
	}

	/**
	 * Found by the two-instance harness: the scheduled run called the transactional batch
	 * from inside the bean, so its claim held no lock and queuing the email failed.
	 */
	@Test
	void theScheduledRunQueuesTheReminder() throws Exception {
		Person rae = enrolled("2032-08-20T17:00:00Z");
		this.clock.set(Instant.parse("2032-08-20T20:30:05Z"));

		dev.drift.ScheduledRuns.runScheduled(this.reminders, EveningReminders::run);
		OutboxDeliveries.deliverAll(this.context);

		assertThat(TestSmtp.messagesTo(rae.email())).hasSize(1);
	}

	/** A new client who opened the routine at an instant (which enrols them). */
	private Person enrolled(String at) {
		this.clock.set(Instant.parse(at));
		Person person = this.people.newClient();
		open(person);
		return person;
	}

	private void open(Person person) {
		HttpResponse<String> routine = new Http(this.port)
			.get("/api/v1/clients/" + person.clientId().value() + "/routine", "Authorization", person.basicAuth());
		assertThat(routine.statusCode()).isEqualTo(200);
	}

	private void runAt(String at) {
		this.clock.set(Instant.parse(at));
		this.reminders.sendDue();
		OutboxDeliveries.deliverAll(this.context);
	}

	private void runTwiceAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return this.reminders.sendDue();
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
			OutboxDeliveries.deliverAll(this.context);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
