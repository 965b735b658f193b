package dev.drift.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.drift.MailTest;
import dev.drift.MutableClock;
import dev.drift.TestSmtp;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@MailTest
class OutboxDeliveryTests {

	static final UUID CLINIC = UUID.randomUUID();

	@Autowired
	Outbox outbox;

	@Autowired
	ApplicationContext context;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void restore() {
		TestSmtp.ensureStarted();
		this.clock.reset();
	}

	@Test
	void messagesReachTheInboxExactlyOnceWhenTwoDeliveriesRace() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> recipients = new ArrayList<>();
		this.transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < 30; i++) {
				String to = "race-" + run + "-" + i + "@example.org";
				recipients.add(to);
				this.outbox.enqueue(new OutgoingEmail(CLINIC, to, "Race " + i, "Hello " + i, null));
			}
		});

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> runs = new ArrayList<>();
				for (int t = 0; t < 2; t++) {
					runs.add(pool.submit(() -> {
						start.await();
						return OutboxDeliveries.deliverDue(this.context);
					}));
				}
				start.countDown();
				for (Future<Integer> result : runs) {
					result.get();
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		for (String to : recipients) {
			assertThat(TestSmtp.messagesTo(to)).as(to).hasSize(1);
			assertThat(statusOf(to)).isEqualTo("SENT");
		}
	}

	@Test
	void aRolledBackTransactionSendsNothing() {
		String to = "rollback-" + UUID.randomUUID() + "@example.org";
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(new OutgoingEmail(CLINIC, to, "Never", "Never sent", null));
			status.setRollbackOnly();
		});

		OutboxDeliveries.deliverAll(this.context);

		assertThat(TestSmtp.messagesTo(to)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from notify_message where recipient = :to")
			.param("to", to)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void retriesWithBackOffAfterTheSmtpServerWasDown() {
		this.clock.set(this.clock.instant());
		String to = "outage-" + UUID.randomUUID() + "@example.org";
		enqueue(new OutgoingEmail(CLINIC, to, "Outage", "Body", null));
		TestSmtp.stop();

		OutboxDeliveries.deliverAll(this.context);

		assertThat(statusOf(to)).isEqualTo("PENDING");
		assertThat(attemptsOf(to)).isEqualTo(1);
		assertThat(this.jdbc.sql("select last_error from notify_message where recipient = :to")
			.param("to", to)
			.query(String.class)
			.single()).startsWith("SMTP delivery failed").doesNotContain(to, "Body");

		TestSmtp.ensureStarted();
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(to)).as("not due before the back-off").isEmpty();

		this.clock.advance(Duration.ofMinutes(1));
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(to)).hasSize(1);
		assertThat(statusOf(to)).isEqualTo("SENT");
		assertThat(attemptsOf(to)).isEqualTo(2);
	}

	@Test
	void givesUpAfterTheLastAttemptAndAnAdminRetryDeliversIt() {
		this.clock.set(this.clock.instant());
		String to = "failing-" + UUID.randomUUID() + "@example.org";
		UUID id = enqueue(new OutgoingEmail(CLINIC, to, "Failing", "Body", null));
		TestSmtp.stop();
		for (int attempt = 0; attempt < 3; attempt++) {
			OutboxDeliveries.deliverAll(this.context);
			this.clock.advance(Duration.ofHours(7));
		}
		assertThat(statusOf(to)).isEqualTo("FAILED");
		assertThat(attemptsOf(to)).isEqualTo(3);

		TestSmtp.ensureStarted();
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(to)).isEmpty();

		this.outbox.retry(CLINIC, UUID.randomUUID(), id);
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(to)).hasSize(1);
		assertThat(statusOf(to)).isEqualTo("SENT");
	}

	@Test
	void aMessageLeftSendingByADeadInstanceIsSentAgainAfterItsLeaseWithTheSameMessageId() throws Exception {
		this.clock.set(this.clock.instant());
		String to = "crash-" + UUID.randomUUID() + "@example.org";
		UUID id = enqueue(new OutgoingEmail(CLINIC, to, "Crash", "Body", null));
		// Another instance claimed it (and perhaps sent it), then died before marking it
		// SENT.
		this.jdbc.sql("""
				update notify_message set status = 'SENDING', attempts = 1, claim_token = :token,
				  lease_until = :until where id = :id""")
			.param("token", UUID.randomUUID())
			.param("until", dev.drift.shared.Timestamps.utc(this.clock.instant().plus(Duration.ofMinutes(5))))
			.param("id", id)
			.update();

		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(to)).as("claimed by the other instance").isEmpty();

		this.clock.advance(Duration.ofMinutes(5));
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(to)).hasSize(1);
		assertThat(TestSmtp.messagesTo(to).get(0).getMessageID()).isEqualTo("<" + id + "@outbox.drift.invalid>");
		assertThat(statusOf(to)).isEqualTo("SENT");
		assertThat(attemptsOf(to)).isEqualTo(2);
	}

	@Test
	void anAttachmentArrivesIntactWithItsContentTypeAndAStableMessageId() throws Exception {
		String to = "ics-" + UUID.randomUUID() + "@example.org";
		byte[] ics = """
				BEGIN:VCALENDAR\r
				VERSION:2.0\r
				PRODID:-//Drift//Test//EN\r
				METHOD:REQUEST\r
				BEGIN:VEVENT\r
				UID:appointment-1@drift\r
				DTSTAMP:20261121T100000Z\r
				DTSTART:20261124T180000Z\r
				DTEND:20261124T190000Z\r
				SUMMARY:Massage 60 — Café\r
				END:VEVENT\r
				END:VCALENDAR\r
				""".getBytes(StandardCharsets.UTF_8);
		UUID id = enqueue(new OutgoingEmail(CLINIC, to, "Your appointment — confirmed", "See you on Tuesday.",
				List.of(new EmailAttachment("appointment.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics)),
				"confirmation:" + UUID.randomUUID()));

		OutboxDeliveries.deliverAll(this.context);

		List<MimeMessage> received = TestSmtp.messagesTo(to);
		assertThat(received).hasSize(1);
		MimeMessage message = received.get(0);
		assertThat(message.getSubject()).isEqualTo("Your appointment — confirmed");
		assertThat(message.getMessageID()).isEqualTo("<" + id + "@outbox.drift.invalid>");
		assertThat(message.getFrom()[0].toString()).contains("no-reply@drift.test");
		MimeMultipart multipart = (MimeMultipart) message.getContent();
		BodyPart attachment = null;
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if ("appointment.ics".equals(part.getFileName())) {
				attachment = part;
			}
		}
		assertThat(attachment).isNotNull();
		assertThat(attachment.getContentType()).startsWith("text/calendar")
			.contains("method=REQUEST")
			.containsIgnoringCase("charset=UTF-8");
		assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(ics);
	}

	@Test
	void aRepeatedDedupeKeyIsStoredAndSentOnce() {
		String to = "dedupe-" + UUID.randomUUID() + "@example.org";
		String key = "reminder:" + UUID.randomUUID();
		UUID first = enqueue(new OutgoingEmail(CLINIC, to, "Reminder", "First", key));
		UUID second = enqueue(new OutgoingEmail(CLINIC, to, "Reminder", "Second", key));
		UUID third = this.transaction.execute((status) -> {
			this.outbox.enqueue(new OutgoingEmail(CLINIC, to, "Reminder", "Third", key));
			return this.outbox.enqueue(new OutgoingEmail(CLINIC, to, "Reminder", "Fourth", key));
		});
		UUID otherClinic = enqueue(new OutgoingEmail(UUID.randomUUID(), to, "Reminder", "Other clinic", key));

		OutboxDeliveries.deliverAll(this.context);

		assertThat(second).isEqualTo(first);
		assertThat(third).isEqualTo(first);
		assertThat(otherClinic).isNotEqualTo(first);
		assertThat(TestSmtp.messagesTo(to)).hasSize(2);
	}

	private UUID enqueue(OutgoingEmail email) {
		return this.transaction.execute((status) -> this.outbox.enqueue(email));
	}

	private String statusOf(String to) {
		return this.jdbc.sql("select status from notify_message where recipient = :to")
			.param("to", to)
			.query(String.class)
			.single();
	}

	private int attemptsOf(String to) {
		return this.jdbc.sql("select attempts from notify_message where recipient = :to")
			.param("to", to)
			.query(Integer.class)
			.single();
	}

}
