package dev.drift.waitlist;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.drift.notify.Outbox;
import dev.drift.notify.OutgoingEmail;
import dev.drift.people.ClinicProfile;
import dev.drift.people.People;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The offer email, written to the outbox in the offer's own transaction (once per offer):
 * the time, how long it is held and the link to book it; never a health detail.
 */
@Component
class WaitlistMails {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

	private final Outbox outbox;

	private final People people;

	private final MessageSource messages;

	private final String publicUrl;

	WaitlistMails(Outbox outbox, People people, MessageSource messages,
			@Value("${drift.public-url:http://localhost:8080}") String publicUrl) {
		this.outbox = outbox;
		this.people = people;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@EventListener
	void on(WaitlistOffered offer) {
		this.people.findClient(offer.clientId()).ifPresent((client) -> {
			ClinicProfile clinic = this.people.clinic(offer.clinicId());
			String when = WaitlistMails.WHEN.format(offer.start().withZoneSameInstant(client.timeZone()));
			String until = WaitlistMails.WHEN.format(offer.expires().withZoneSameInstant(client.timeZone()));
			this.outbox.enqueue(new OutgoingEmail(offer.clinicId().value(), client.email(),
					text("booking.mail.offer.subject", clinic.name()),
					text("booking.mail.offer.body", client.name(), when,
							WaitlistViewer.zoneName(client.timeZone(), offer.start()), until,
							this.publicUrl + "/booking/offers/" + offer.offerId()),
					"booking-offer:" + offer.offerId()));
		});
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
