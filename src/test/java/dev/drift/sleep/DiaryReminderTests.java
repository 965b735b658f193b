package dev.drift.sleep;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
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
import dev.drift.people.ClientId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning diary reminder reaches a GreenMail inbox exactly once per client and day,
 * also when two instances run the job at the same moment, and not for a night already
 * recorded.
 */
@MailTest
class DiaryReminderTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	DiaryReminders reminders;

	@Autowired
	JdbcClient jdbc;

	String email;

	ClientId client;

	@BeforeEach
	void setUp() {
		Person rae = this.people.newClient(this.people.demoClinic(), "Rae Reminder");
		this.email = rae.email();
		this.client = rae.clientId();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theReminderReachesTheInboxExactlyOnceAtTheChosenTimeAndNotForARecordedNight() throws Exception {
		// 06:30 BST on 9 August: the night is recorded before the 08:00 reminder
		this.clock.set(Instant.parse("2032-08-09T05:30:00Z"));
		record("2032-08-09");
		this.clock.set(Instant.parse("2032-08-09T07:00:30Z"));
		this.reminders.sendDue();
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(this.email)).isEmpty();

		// 10 August: nothing recorded; not yet at 07:59, then due at 08:00 BST
		this.clock.set(Instant.parse("2032-08-10T06:59:00Z"));
		this.reminders.sendDue();
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(this.email)).isEmpty();
		this.clock.set(Instant.parse("2032-08-10T07:00:10Z"));
		runTwiceAtOnce();
		this.reminders.sendDue();
		OutboxDeliveries.deliverAll(this.context);
		this.clock.set(Instant.parse("2032-08-10T07:30:00Z"));
		this.reminders.sendDue();
		OutboxDeliveries.deliverAll(this.context);

		assertThat(TestSmtp.messagesTo(this.email)).hasSize(1);
		assertThat(TestSmtp.messagesTo(this.email).get(0).getSubject()).isEqualTo("How did you sleep last night?");
		assertThat(dedupeKeys()).containsExactly("diary-reminder:" + this.client.value() + ":2032-08-10");
	}

	@Test
	void theReminderComesAtTheTimeTheClientChoseInTheirZone() {
		this.clock.set(Instant.parse("2032-09-01T05:00:00Z"));
		Http http = new Http(this.port);
		http.signIn(this.email, TestPeople.PASSWORD);
		http.form("/me/diary/reminder",
				java.util.Map.of("_csrf", http.csrf("/me/diary"), "time", "06:30", "enabled", "true"));

		this.clock.set(Instant.parse("2032-09-01T05:29:00Z"));
		this.reminders.sendDue();
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(this.email)).isEmpty();
		this.clock.set(Instant.parse("2032-09-01T05:30:05Z"));
		this.reminders.sendDue();
		OutboxDeliveries.deliverAll(this.context);

		assertThat(TestSmtp.messagesTo(this.email)).hasSize(1);
	}

	/**
	 * Found by the two-instance harness: the scheduled run called the transactional batch
	 * from inside the bean, so no transaction was open and every run failed — no diary
	 * reminder was ever sent by the scheduler.
	 */
	@Test
	void theScheduledRunQueuesTheReminder() throws Exception {
		this.clock.set(Instant.parse("2032-09-02T05:00:00Z"));
		Http http = new Http(this.port);
		http.signIn(this.email, TestPeople.PASSWORD);
		http.form("/me/diary/reminder",
				java.util.Map.of("_csrf", http.csrf("/me/diary"), "time", "06:30", "enabled", "true"));
		this.clock.set(Instant.parse("2032-09-02T05:30:05Z"));

		dev.drift.ScheduledRuns.runScheduled(this.reminders, DiaryReminders::run);
		OutboxDeliveries.deliverAll(this.context);

		assertThat(TestSmtp.messagesTo(this.email)).hasSize(1);
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
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void record(String date) {
		HttpResponse<String> response = new Http(this.port).json("POST",
				"/api/v1/clients/" + this.client.value() + "/diary", """
						{"diaryDate":"%s","intoBed":"23:00","triedToSleep":"23:00","solMinutes":30,"awakenings":1,
						 "wasoMinutes":30,"finalAwakening":"06:00","outOfBed":"06:15"}""".formatted(date),
				"Authorization", Http.basic(this.email, TestPeople.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(201);
	}

	private List<String> dedupeKeys() {
		return this.jdbc.sql("select dedupe_key from notify_message where dedupe_key like :key")
			.param("key", "diary-reminder:" + this.client.value() + "%")
			.query(String.class)
			.list();
	}

}
