package dev.drift.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery of the outbox ({@code drift.notify.*}).
 *
 * @param pollInterval how often each instance looks for due messages (the scheduler reads
 * {@code drift.notify.poll-interval} itself; listed here for documentation)
 * @param batchSize how many messages one run claims at most
 * @param maxAttempts attempts before a message is marked FAILED
 * @param initialBackoff the wait after the first failed attempt; doubled after each
 * @param maxBackoff the longest wait between attempts
 * @param lease how long a claim lasts: a message still SENDING after that (its instance
 * died) is claimed again
 * @param messageIdDomain the right-hand side of the stable Message-ID header
 * @param from the sender address, e.g. {@code Drift <no-reply@clinic.example>}; when
 * unset, JavaMail's default ({@code mail.from}, else the local user at the local host)
 */
@ConfigurationProperties("drift.notify")
public record NotifyProperties(Duration pollInterval, int batchSize, int maxAttempts, Duration initialBackoff,
		Duration maxBackoff, Duration lease, String messageIdDomain, String from) {

	public NotifyProperties {
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(10);
		batchSize = (batchSize > 0) ? batchSize : 20;
		maxAttempts = (maxAttempts > 0) ? maxAttempts : 8;
		initialBackoff = (initialBackoff != null) ? initialBackoff : Duration.ofMinutes(1);
		maxBackoff = (maxBackoff != null) ? maxBackoff : Duration.ofHours(6);
		lease = (lease != null) ? lease : Duration.ofMinutes(5);
		messageIdDomain = (messageIdDomain != null && !messageIdDomain.isBlank()) ? messageIdDomain
				: "outbox.drift.invalid";
		from = (from != null && !from.isBlank()) ? from : null;
	}

	/** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
	Duration backoffAfter(int attempts) {
		Duration wait = this.initialBackoff;
		for (int i = 1; i < attempts && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) < 0) ? wait : this.maxBackoff;
	}

}
