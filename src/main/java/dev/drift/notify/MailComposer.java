package dev.drift.notify;

import java.time.Clock;
import java.util.Date;

import dev.drift.notify.OutboxStore.Delivery;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message of an outbox row: plain text, or multipart with each attachment
 * under exactly its stored content type (so {@code text/calendar; method=REQUEST}
 * survives), and a Message-ID derived from the row's id, the same on every attempt.
 */
@Component
class MailComposer {

	private final NotifyProperties properties;

	private final Clock clock;

	MailComposer(NotifyProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	MimeMessage compose(JavaMailSender sender, Delivery delivery) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, !delivery.attachments().isEmpty(), "UTF-8");
			if (this.properties.from() != null) {
				helper.setFrom(this.properties.from());
			}
			helper.setTo(delivery.to());
			helper.setSubject(delivery.subject());
			helper.setText(delivery.text(), false);
			helper.setSentDate(Date.from(this.clock.instant()));
			for (EmailAttachment attachment : delivery.attachments()) {
				helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			// JavaMailSenderImpl keeps a Message-ID that is set before sending.
			message.setHeader("Message-ID", messageId(delivery));
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Message could not be built", ex);
		}
	}

	String messageId(Delivery delivery) {
		return "<" + delivery.id() + "@" + this.properties.messageIdDomain() + ">";
	}

}
