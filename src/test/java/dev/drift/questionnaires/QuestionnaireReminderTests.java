package dev.drift.questionnaires;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.MailTest;
import dev.drift.MutableClock;
import dev.drift.TestSmtp;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.SignUp;
import dev.drift.notify.OutboxDeliveries;
import dev.drift.people.Actor;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.ClientId;
import dev.drift.people.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@MailTest
class QuestionnaireReminderTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	QuestionnaireReminders reminders;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	People people;

	ClinicProfile clinic;

	@BeforeEach
	void openClinic() {
		this.clinic = this.people.openClinic(new ClinicDetails("Reminder Clinic", LONDON, Locale.UK, "GBP",
				new EmergencyNumbers("111", "999"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void eachDueQuestionnaireIsRemindedOnceEvenAfterRepeatedRuns() throws Exception {
		this.clock.set(LocalDateTime.of(2031, 3, 3, 9, 0).atZone(LONDON).toInstant());
		String email = newClient();

		this.reminders.remindDue(this.clinic);
		this.reminders.remindDue(this.clinic);
		OutboxDeliveries.deliverAll(this.context);
		this.reminders.remindDue(this.clinic);
		OutboxDeliveries.deliverAll(this.context);

		List<MimeMessage> inbox = TestSmtp.messagesTo(email);
		assertThat(inbox).hasSize(2);
		assertThat(inbox.stream().map(QuestionnaireReminderTests::subject)).containsExactlyInAnyOrder(
				"A sleep questionnaire is ready for you (ISI)", "A sleep questionnaire is ready for you (PSQI)");
		assertThat(inbox.get(0).getContent().toString()).contains("/me/questionnaires/");
	}

	@Test
	void aCompletedQuestionnaireIsNotRemindedAndTheNextOccurrenceIsRemindedWhenItFallsDue() {
		this.clock.set(LocalDateTime.of(2031, 6, 2, 10, 0).atZone(LONDON).toInstant());
		String email = newClient();
		Actor client = actor(email);
		this.questionnaires.record(client, client.clientId(), Instrument.ISI, IsiScoringTests.items("1,1,1,1,1,1,1"));

		this.reminders.remindDue(this.clinic);
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(email)).extracting(QuestionnaireReminderTests::subject)
			.containsExactly("A sleep questionnaire is ready for you (PSQI)");

		this.clock.set(LocalDateTime.of(2031, 6, 16, 7, 30).atZone(LONDON).toInstant());
		this.reminders.remindDue(this.clinic);
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(email)).hasSize(1);

		this.clock.set(LocalDateTime.of(2031, 6, 16, 8, 0).atZone(LONDON).toInstant());
		this.reminders.remindDue(this.clinic);
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(email)).extracting(QuestionnaireReminderTests::subject)
			.containsExactly("A sleep questionnaire is ready for you (PSQI)",
					"A sleep questionnaire is ready for you (ISI)");
	}

	private String newClient() {
		String email = "remind-" + UUID.randomUUID() + "@example.org";
		this.accounts.signUp(new SignUp(this.clinic.id(), "Rem Inder", email, "sleep-better-now", LONDON, true));
		return email;
	}

	private Actor actor(String email) {
		AccountView account = this.accounts.findByEmail(email).orElseThrow();
		return new Actor(account.id(), account.clinicId(), Role.CLIENT, new ClientId(account.clientId().value()), null);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
