package dev.drift.notify;

import java.util.UUID;

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
	void enqueueingNeedsTheCallersTransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(() -> this.outbox
			.enqueue(new OutgoingEmail(UUID.randomUUID(), "emma@example.org", "No transaction", "Text", null)));
	}

}
