package dev.drift.selfcare;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.drift.intake.ScreeningChanged;
import dev.drift.notify.OutgoingEmail;
import dev.drift.notify.Outbox;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.selfcare.SelfCareStore.Due;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evening reminder: the chosen number of minutes (default 60, 60 to 120) before the
 * client's main sleep — the work-day or off-day start of their schedule, in their zone,
 * on the local clock, so a daylight-saving day reminds at the usual local time; in the
 * morning for a day sleeper — an email through the outbox, unless that night's routine is
 * already logged or the client does not want email. Due rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and moved on in the same transaction as the outbox row,
 * whose dedupe key ({@code routine-reminder:<client>:<diary night>}) makes it once per
 * night whatever happens. The due instant is worked out again from the schedule when it
 * comes (the schedule may have changed); one more than {@link #STALE_AFTER} late is
 * skipped.
 */
@Component
class EveningReminders {

	static final Duration STALE_AFTER = Duration.ofMinutes(45);

	private static final Logger log = LoggerFactory.getLogger(EveningReminders.class);

	private final SelfCareStore store;

	private final RoutineKeeping keeping;

	private final People people;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final boolean scheduled;

	private final TransactionTemplate transactions;

	EveningReminders(SelfCareStore store, RoutineKeeping keeping, People people, Outbox outbox, MessageSource messages,
			Clock clock, TransactionTemplate transactions,
			@Value("${drift.selfcare.reminders-scheduled:true}") boolean scheduled) {
		this.store = store;
		this.keeping = keeping;
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.scheduled = scheduled;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${drift.selfcare.reminder-interval:1m}",
			initialDelayString = "${drift.selfcare.reminder-initial-delay:40s}")
	void run() {
		if (!this.scheduled) {
			return;
		}
		int sent = sendDue();
		if (sent > 0) {
			log.info("Evening routine reminders queued: {}", sent);
		}
	}

	/** A new screening may bring a new sleep schedule: the next reminder follows it. */
	@ApplicationModuleListener
	void on(ScreeningChanged changed) {
		this.keeping.refreshReminder(changed.clientId());
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
		Instant now = this.clock.instant();
		int sent = 0;
		for (Due due : this.store.due(now)) {
			Optional<ClientProfile> client = this.people.findClient(new ClientId(due.clientId()));
			if (client.isEmpty()) {
				this.store.nextReminder(due.clientId(), null);
				continue;
			}
			Evenings evenings = RoutineKeeping.evenings(client.get());
			Evenings.Reminder reminder = evenings.reminderAfter(due.minutes(), due.at().minusNanos(1000));
			if (reminder.at().isAfter(now)) {
				this.store.nextReminder(due.clientId(), reminder.at());
				continue;
			}
			if (shouldSend(due, client.get(), reminder, now)) {
				this.outbox.enqueue(email(due, client.get(), reminder));
				sent++;
			}
			Instant from = reminder.at().isAfter(now) ? reminder.at() : now;
			this.store.nextReminder(due.clientId(), evenings.reminderAfter(due.minutes(), from).at());
		}
		return sent;
	}

	private boolean shouldSend(Due due, ClientProfile client, Evenings.Reminder reminder, Instant now) {
		return client.contact().byEmail() && Duration.between(reminder.at(), now).compareTo(STALE_AFTER) <= 0
				&& !this.store.loggedFor(due.clientId(), reminder.diaryDate());
	}

	private OutgoingEmail email(Due due, ClientProfile client, Evenings.Reminder reminder) {
		Locale locale = Locale.UK;
		String subject = this.messages.getMessage("selfcare.reminder.email.subject", null, locale);
		String text = this.messages.getMessage("selfcare.reminder.email.text",
				new Object[] { client.name(), reminder.bedtime().toString() }, locale);
		return new OutgoingEmail(due.clinicId(), client.email(), subject, text, List.of(),
				"routine-reminder:" + due.clientId() + ":" + reminder.diaryDate());
	}

}
