package dev.drift.notify;

import java.util.List;
import java.util.UUID;

/**
 * An email to send through the {@link Outbox}. Plain text only; attachments carry their
 * own content type (e.g. {@code text/calendar; method=REQUEST} for an invitation).
 *
 * @param clinicId the clinic the message belongs to
 * @param to one bare address, e.g. {@code emma@example.org}
 * @param subject one line, at most 255 characters
 * @param text the plain-text body
 * @param attachments the attachments, possibly empty
 * @param dedupeKey a key unique within the clinic (e.g.
 * {@code booking-confirmation:<id>:<seq>}); a second message with the same key is not
 * stored; {@code null} for no de-duplication
 */
public record OutgoingEmail(UUID clinicId, String to, String subject, String text, List<EmailAttachment> attachments,
		String dedupeKey) {

	public OutgoingEmail {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** An email without attachments. */
	public OutgoingEmail(UUID clinicId, String to, String subject, String text, String dedupeKey) {
		this(clinicId, to, subject, text, List.of(), dedupeKey);
	}

}
