package dev.drift.notify;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.drift.DriftTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The default test context, like the embedded default: no {@code spring.mail.host}.
 */
@DriftTest
class OutboxTests {

	@Autowired
	Outbox outbox;

	@Autowired
	ApplicationContext context;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutAnSmtpServerMessagesStayPendingAndNothingFails() {
		UUID id = this.transaction.execute((s) -> this.outbox
			.enqueue(new OutgoingEmail(UUID.randomUUID(), "emma@example.org", "Pending", "Stays here", null)));

		assertThat(this.context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
		assertThat(OutboxDeliveries.deliverDue(this.context)).isZero();
		this.context.getBean(OutboxDeliverer.class).poll();
		assertThat(this.jdbc.sql("select status || ':' || attempts from notify_message where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("PENDING:0");
	}

	@Test
	void twoTransactionsEnqueueingTheSameKeyAtOnceStoreOneMessageAndBothCommit() throws Exception {
		UUID clinic = UUID.randomUUID();
		String key = "race:" + UUID.randomUUID();
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<UUID> first = pool.submit(() -> this.transaction.execute((s) -> {
				UUID id = this.outbox.enqueue(new OutgoingEmail(clinic, "emma@example.org", "First", "First", key));
				firstWrote.countDown();
				await(secondStarted);
				pause();
				return id;
			}));
			Future<UUID> second = pool.submit(() -> this.transaction.execute((s) -> {
				await(firstWrote);
				secondStarted.countDown();
				UUID id = this.outbox.enqueue(new OutgoingEmail(clinic, "emma@example.org", "Second", "Second", key));
				// the caller's transaction is still usable after the duplicate
				this.outbox.enqueue(new OutgoingEmail(clinic, "emma@example.org", "Other", "Other", key + ":other"));
				return id;
			}));

			assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(first.get(30, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select subject from notify_message where clinic_id = :clinic order by subject")
			.param("clinic", clinic)
			.query(String.class)
			.list()).containsExactly("First", "Other");
	}

	@Test
	void enqueueingNeedsTheCallersTransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(() -> this.outbox
			.enqueue(new OutgoingEmail(UUID.randomUUID(), "emma@example.org", "No transaction", "Text", null)));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
