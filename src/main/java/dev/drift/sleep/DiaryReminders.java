package dev.drift.sleep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.drift.notify.OutgoingEmail;
import dev.drift.notify.Outbox;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.drift.shared.Timestamps.instant;
import static dev.drift.shared.Timestamps.utc;

/**
 * The morning diary reminder: at the time each client chose (default 08:00 in their zone)
 * an email through the outbox, unless that morning's night is already recorded or the
 * client does not want email. Safe with several instances: due rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and moved to the next day in the same transaction as the
 * outbox row, whose dedupe key ({@code diary-reminder:<client>:<date>}) makes it once per
 * client per day whatever happens. A reminder more than {@link #STALE_AFTER} late (the
 * application was down) is skipped, not sent in the afternoon.
 */
@Component
class DiaryReminders {

	static final Duration STALE_AFTER = Duration.ofHours(3);

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(DiaryReminders.class);

	private final JdbcClient jdbc;

	private final People people;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final boolean scheduled;

	private final TransactionTemplate transactions;

	DiaryReminders(JdbcClient jdbc, People people, Outbox outbox, MessageSource messages, Clock clock,
			TransactionTemplate transactions, @Value("${drift.sleep.reminders-scheduled:true}") boolean scheduled) {
		this.scheduled = scheduled;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${drift.sleep.reminder-interval:1m}",
			initialDelayString = "${drift.sleep.reminder-initial-delay:30s}")
	void run() {
		if (!this.scheduled) {
			return;
		}
		int sent = sendDue();
		if (sent > 0) {
			log.info("Diary reminders queued: {}", sent);
		}
	}

	/**
	 * Claims one batch of due reminders in a transaction of its own (the claim's row
	 * locks and the outbox rows commit together); answers how many emails were queued.
	 */
	int sendDue() {
		Integer sent = this.transactions.execute((status) -> claimAndQueue());
		return (sent != null) ? sent : 0;
	}

	private int claimAndQueue() {
		Instant now = Instant.now(this.clock);
		List<Due> due = this.jdbc.sql("""
				select client_id, clinic_id, reminder_time, next_reminder_at from sleep_client_setting
				where reminder_enabled = true and next_reminder_at <= :now
				order by next_reminder_at fetch first %d rows only for update skip locked""".formatted(BATCH))
			.param("now", utc(now))
			.query((rs, i) -> new Due(rs.getObject("client_id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getObject("reminder_time", LocalTime.class), instant(rs, "next_reminder_at")))
			.list();
		int sent = 0;
		for (Due reminder : due) {
			Optional<ClientProfile> client = this.people.findClient(new ClientId(reminder.clientId()));
			if (client.isEmpty()) {
				this.jdbc.sql("update sleep_client_setting set next_reminder_at = null where client_id = :c")
					.param("c", reminder.clientId())
					.update();
				continue;
			}
			LocalDate morning = reminder.at().atZone(client.get().timeZone()).toLocalDate();
			if (shouldSend(reminder, client.get(), morning, now)) {
				this.outbox.enqueue(email(reminder, client.get(), morning));
				sent++;
			}
			Instant next = DiarySettingsStore.nextReminder(reminder.time(), client.get().timeZone(),
					reminder.at().isAfter(now) ? reminder.at() : now);
			this.jdbc.sql("update sleep_client_setting set next_reminder_at = :next where client_id = :c")
				.param("next", utc(next))
				.param("c", reminder.clientId())
				.update();
		}
		return sent;
	}

	private boolean shouldSend(Due reminder, ClientProfile client, LocalDate morning, Instant now) {
		if (!client.contact().byEmail() || Duration.between(reminder.at(), now).compareTo(STALE_AFTER) > 0) {
			return false;
		}
		return this.jdbc.sql("select count(*) from sleep_diary_entry where client_id = :c and diary_date = :d")
			.param("c", reminder.clientId())
			.param("d", morning)
			.query(Long.class)
			.single() == 0;
	}

	private OutgoingEmail email(Due reminder, ClientProfile client, LocalDate morning) {
		Locale locale = Locale.UK;
		String subject = this.messages.getMessage("diary.reminder.email.subject", null, locale);
		String text = this.messages.getMessage("diary.reminder.email.text", new Object[] { client.name() }, locale);
		return new OutgoingEmail(reminder.clinicId(), client.email(), subject, text, List.of(),
				"diary-reminder:" + reminder.clientId() + ":" + morning);
	}

	private record Due(UUID clientId, UUID clinicId, LocalTime time, Instant at) {

	}

}
