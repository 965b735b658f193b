package dev.drift.questionnaires;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;

import dev.drift.notify.OutgoingEmail;
import dev.drift.notify.Outbox;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.ClinicProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails a client once when a questionnaire falls due: every run looks at each client who
 * accepts email, from 08:00 in their zone, and enqueues one message per due occurrence
 * (client, instrument, due date) with that occurrence as the outbox's dedupe key, so
 * later runs and other instances add nothing. The outbox delivers. Links point at
 * {@code drift.public-url}.
 */
@Component
class QuestionnaireReminders {

	static final int FROM_HOUR = 8;

	private static final Logger log = LoggerFactory.getLogger(QuestionnaireReminders.class);

	private final People people;

	private final QuestionnaireReader reader;

	private final Outbox outbox;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String publicUrl;

	QuestionnaireReminders(People people, QuestionnaireReader reader, Outbox outbox, MessageSource messages,
			TransactionTemplate transactions, Clock clock,
			@Value("${drift.public-url:http://localhost:8080}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.people = people;
		this.reader = reader;
		this.outbox = outbox;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${drift.sleep.questionnaire-reminders.interval:15m}",
			initialDelayString = "${drift.sleep.questionnaire-reminders.initial-delay:2m}")
	void run() {
		int enqueued = remindDue();
		if (enqueued > 0) {
			log.info("Questionnaire reminders: {} due occurrences handed to the outbox", enqueued);
		}
	}

	/**
	 * One pass over every clinic's clients; answers how many due occurrences it handed
	 * on.
	 */
	int remindDue() {
		return this.people.clinics().stream().mapToInt(this::remindDue).sum();
	}

	/** One pass over one clinic's clients. */
	int remindDue(ClinicProfile clinic) {
		int count = 0;
		for (ClientProfile client : this.people.clientsOf(clinic.id())) {
			if (client.contact().byEmail()
					&& LocalTime.now(this.clock.withZone(client.timeZone())).getHour() >= FROM_HOUR) {
				count += remind(clinic, client);
			}
		}
		return count;
	}

	private int remind(ClinicProfile clinic, ClientProfile client) {
		Integer count = this.transactions.execute((status) -> {
			List<QuestionnaireDue> due = this.reader.due(client);
			due.forEach((occurrence) -> this.outbox.enqueue(email(clinic, client, occurrence)));
			return due.size();
		});
		return count == null ? 0 : count;
	}

	private OutgoingEmail email(ClinicProfile clinic, ClientProfile client, QuestionnaireDue due) {
		String instrument = text("questionnaire.short." + due.instrument(), clinic);
		return new OutgoingEmail(clinic.id().value(), client.email(),
				this.messages.getMessage("questionnaire.reminder.subject", new Object[] { instrument },
						clinic.locale()),
				this.messages.getMessage("questionnaire.reminder.text",
						new Object[] { client.name(), instrument, clinic.name(),
								this.publicUrl + "/me/questionnaires/" + due.instrument().id() },
						clinic.locale()),
				dedupeKey(client, due));
	}

	static String dedupeKey(ClientProfile client, QuestionnaireDue due) {
		return "sleep-questionnaire-due:" + client.id().value() + ":" + due.instrument().id() + ":" + due.dueOn();
	}

	private String text(String key, ClinicProfile clinic) {
		return this.messages.getMessage(key, null, clinic.locale());
	}

}
