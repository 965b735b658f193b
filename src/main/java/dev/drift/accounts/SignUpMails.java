package dev.drift.accounts;

import java.time.Clock;
import java.util.Locale;

import dev.drift.notify.Outbox;
import dev.drift.notify.OutgoingEmail;
import dev.drift.people.ClinicId;
import dev.drift.people.People;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The email that tells a person what their sign-up did: a welcome for a new account, or —
 * when the address already has one — a note that no second account was made. The sign-up
 * page answers the same in both cases, so only the owner of the address learns which.
 */
@Component
class SignUpMails {

	private final Outbox outbox;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	SignUpMails(Outbox outbox, People people, MessageSource messages, Clock clock,
			@Value("${drift.public-url:http://localhost:8080}") String publicUrl) {
		this.outbox = outbox;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	void alreadyRegistered(ClinicId clinic, String email) {
		send(clinic, email, "taken", email);
	}

	/**
	 * An email with a link from {@link PasswordLinks}: {@code RESET}, {@code INVITE} or
	 * {@code VERIFY}, or {@code WELCOME} (the sign-up welcome with its confirmation
	 * link). The link's secret is in the email only (never in the dedupe key).
	 */
	void link(ClinicId clinic, String email, String purpose, String name, String secret) {
		String clinicName = this.people.clinic(clinic).name();
		String path = "VERIFY".equals(purpose) || "WELCOME".equals(purpose) ? "/email/verify?token="
				: "/password/reset?token=";
		String kind = purpose.toLowerCase(Locale.ROOT);
		this.outbox.enqueue(new OutgoingEmail(clinic.value(), email, text("link.mail." + kind + ".subject", clinicName),
				text("link.mail." + kind + ".body", name, clinicName, this.publicUrl + path + secret),
				"link-" + kind + ":" + java.util.UUID.randomUUID()));
	}

	private void send(ClinicId clinic, String email, String kind, String name) {
		String clinicName = this.people.clinic(clinic).name();
		this.outbox.enqueue(
				new OutgoingEmail(clinic.value(), email, text("signup.mail." + kind + ".subject", name, clinicName),
						text("signup.mail." + kind + ".body", name, clinicName, this.publicUrl + "/login"),
						"signup-" + kind + ":" + email + ":" + this.clock.millis()));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
