package dev.drift.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.drift.notify.OutboxStore.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, on every instance at once.
 * <p>
 * <b>Claim.</b> A short transaction locks due rows with {@code FOR UPDATE SKIP LOCKED}
 * (H2 2.x and PostgreSQL both accept and honour it, checked against H2 2.3/2.4: a second
 * connection skips the rows the first holds), marks them SENDING under a random claim
 * token with a lease, counts the attempt, and commits. Another instance skips locked rows
 * and, after the commit, no longer sees SENDING rows as due: a message claimed by one
 * instance is not sent by another while its lease lasts.
 * <p>
 * <b>Send.</b> Outside any transaction, through Spring's {@link JavaMailSender}, with a
 * stable {@code Message-ID} of {@code <message-id@domain>}. Then SENT (only under the
 * same claim token), or on failure PENDING again after an exponential back-off, or FAILED
 * after {@code drift.notify.max-attempts}.
 * <p>
 * <b>At-least-once window.</b> If the instance dies after the SMTP server accepted a
 * message but before SENT is committed (or the SENT update fails), the row stays SENDING;
 * once its lease ({@code drift.notify.lease}, default 5 minutes) expires another instance
 * sends it again with the same Message-ID, so mail systems and people can recognise the
 * repeat. That window — one SMTP round trip plus one UPDATE — is the only way a message
 * goes out twice; an exactly-once guarantee across SMTP does not exist. A lease that
 * expires while a slow send is still under way would also allow a repeat, so the lease
 * must stay far above the SMTP timeouts.
 * <p>
 * Without a {@link JavaMailSender} (no {@code spring.mail.host}) nothing is claimed and
 * messages stay PENDING.
 */
@Component
class OutboxDeliverer {

	private static final Logger log = LoggerFactory.getLogger(OutboxDeliverer.class);

	private final OutboxStore store;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailComposer composer;

	private final NotifyProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	OutboxDeliverer(OutboxStore store, ObjectProvider<JavaMailSender> mailSender, MailComposer composer,
			NotifyProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.store = store;
		this.mailSender = mailSender;
		this.composer = composer;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (this.mailSender.getIfAvailable() == null) {
			log.info("Mail delivery is off: no spring.mail.host is configured, so emails stay PENDING in the outbox"
					+ " (admins see them at /admin/outbox)");
		}
		else {
			log.info("Mail delivery is on: the outbox is polled every {}", this.properties.pollInterval());
		}
	}

	@Scheduled(fixedDelayString = "${drift.notify.poll-interval:10s}",
			initialDelayString = "${drift.notify.initial-delay:5s}")
	void poll() {
		try {
			deliverDue();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox delivery run failed: {}", ex.getClass().getSimpleName());
		}
	}

	/** Claims and sends one batch of due messages; answers how many were sent. */
	int deliverDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<Delivery> batch = claimBatch();
		int sent = 0;
		for (Delivery delivery : batch) {
			if (send(sender, delivery)) {
				sent++;
			}
		}
		return sent;
	}

	private List<Delivery> claimBatch() {
		UUID token = UUID.randomUUID();
		Instant now = Instant.now(this.clock);
		Integer claimed = this.transaction.execute((status) -> {
			this.store.failAbandoned(this.properties.maxAttempts(), now);
			List<UUID> ids = this.store.lockDue(this.properties.batchSize(), this.properties.maxAttempts(), now);
			return ids.isEmpty() ? 0 : this.store.claim(ids, token, now.plus(this.properties.lease()));
		});
		return (claimed == null || claimed == 0) ? List.of() : this.store.claimed(token);
	}

	private boolean send(JavaMailSender sender, Delivery delivery) {
		try {
			sender.send(this.composer.compose(sender, delivery));
		}
		catch (MailException | IllegalStateException ex) {
			failed(delivery, ex);
			return false;
		}
		if (!this.store.markSent(delivery, Instant.now(this.clock))) {
			log.warn("Outbox message {} was sent after its claim expired; it may be sent again", delivery.id());
		}
		return true;
	}

	private void failed(Delivery delivery, Exception ex) {
		boolean permanent = ex instanceof MailParseException || ex instanceof MailPreparationException
				|| ex instanceof IllegalStateException;
		boolean last = permanent || delivery.attempts() >= this.properties.maxAttempts();
		Instant retryAt = last ? null : Instant.now(this.clock).plus(this.properties.backoffAfter(delivery.attempts()));
		String error = describe(ex);
		this.store.markFailedAttempt(delivery, error, retryAt);
		log.warn("Outbox message {} attempt {} failed ({}); {}", delivery.id(), delivery.attempts(), error,
				last ? "giving up" : "retrying at " + retryAt);
	}

	/**
	 * What went wrong, without content or addresses: the kind of failure and its cause.
	 */
	static String describe(Exception ex) {
		String kind;
		if (ex instanceof MailAuthenticationException) {
			kind = "SMTP authentication failed";
		}
		else if (ex instanceof MailParseException || ex instanceof MailPreparationException
				|| ex instanceof IllegalStateException) {
			kind = "Message could not be built";
		}
		else {
			kind = "SMTP delivery failed";
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root != ex) ? kind + " (" + root.getClass().getSimpleName() + ")" : kind;
	}

}
