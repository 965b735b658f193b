package dev.drift.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.ParseException;

/**
 * What the outbox accepts. A refused email throws {@link InvalidInputException} with code
 * {@code INVALID_EMAIL} and one {@link FieldProblem} per bad field; messages name the
 * field and the limit, never the submitted value.
 */
final class EmailRules {

	static final int MAX_ADDRESS = 320;

	static final int MAX_SUBJECT = 255;

	static final int MAX_TEXT = 100_000;

	static final int MAX_ATTACHMENTS = 10;

	static final int MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

	static final int MAX_TOTAL_BYTES = 5 * 1024 * 1024;

	static final int MAX_NAME = 255;

	static final int MAX_DEDUPE_KEY = 200;

	private EmailRules() {
	}

	static void check(OutgoingEmail email) {
		List<FieldProblem> problems = new ArrayList<>();
		if (email.clinicId() == null) {
			problems.add(new FieldProblem("clinicId", "REQUIRED", "A clinic is required."));
		}
		checkAddress(email.to(), problems);
		if (email.subject() == null || email.subject().isBlank()) {
			problems.add(new FieldProblem("subject", "REQUIRED", "A subject is required."));
		}
		else if (email.subject().length() > MAX_SUBJECT || hasControl(email.subject())) {
			problems.add(new FieldProblem("subject", "INVALID_SUBJECT",
					"The subject must be one line of at most " + MAX_SUBJECT + " characters."));
		}
		if (email.text() == null) {
			problems.add(new FieldProblem("text", "REQUIRED", "A text body is required."));
		}
		else if (email.text().length() > MAX_TEXT) {
			problems.add(new FieldProblem("text", "TOO_LONG", "The text must be at most " + MAX_TEXT + " characters."));
		}
		if (email.dedupeKey() != null && (email.dedupeKey().isBlank() || email.dedupeKey().length() > MAX_DEDUPE_KEY)) {
			problems.add(new FieldProblem("dedupeKey", "INVALID_DEDUPE_KEY",
					"The de-duplication key must be null or 1 to " + MAX_DEDUPE_KEY + " characters."));
		}
		checkAttachments(email.attachments(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("INVALID_EMAIL", "The email cannot be queued: "
					+ problems.stream().map((p) -> p.field() + " " + p.code()).collect(Collectors.joining(", ")),
					problems);
		}
	}

	private static void checkAddress(String to, List<FieldProblem> problems) {
		if (to == null || to.isBlank()) {
			problems.add(new FieldProblem("to", "REQUIRED", "A recipient address is required."));
			return;
		}
		if (to.length() > MAX_ADDRESS || !isBareAddress(to)) {
			problems.add(new FieldProblem("to", "INVALID_ADDRESS",
					"The recipient must be one email address such as name@example.org."));
		}
	}

	private static boolean isBareAddress(String to) {
		try {
			InternetAddress address = new InternetAddress(to, true);
			address.validate();
			String bare = address.getAddress();
			return address.getPersonal() == null && to.equals(bare) && bare.indexOf('@') > 0
					&& bare.indexOf('@') < bare.length() - 1 && !hasControl(bare);
		}
		catch (AddressException ex) {
			return false;
		}
	}

	private static void checkAttachments(List<EmailAttachment> attachments, List<FieldProblem> problems) {
		if (attachments.size() > MAX_ATTACHMENTS) {
			problems.add(new FieldProblem("attachments", "TOO_MANY",
					"At most " + MAX_ATTACHMENTS + " attachments are allowed."));
			return;
		}
		long total = 0;
		for (int i = 0; i < attachments.size(); i++) {
			EmailAttachment attachment = attachments.get(i);
			String field = "attachments[" + i + "]";
			if (attachment == null) {
				problems.add(new FieldProblem(field, "REQUIRED", "An attachment must not be null."));
				continue;
			}
			String name = attachment.filename();
			if (name == null || name.isBlank() || name.length() > MAX_NAME || hasControl(name) || name.contains("/")
					|| name.contains("\\")) {
				problems.add(new FieldProblem(field + ".filename", "INVALID_FILENAME",
						"The file name must be 1 to " + MAX_NAME + " characters without path separators."));
			}
			if (!isContentType(attachment.contentType())) {
				problems.add(new FieldProblem(field + ".contentType", "INVALID_CONTENT_TYPE",
						"The content type must be a MIME type such as text/calendar; method=REQUEST."));
			}
			if (attachment.content() == null) {
				problems.add(new FieldProblem(field + ".content", "REQUIRED", "The attachment has no content."));
			}
			else if (attachment.size() > MAX_ATTACHMENT_BYTES) {
				problems.add(new FieldProblem(field + ".content", "TOO_LARGE",
						"An attachment must be at most " + MAX_ATTACHMENT_BYTES + " bytes."));
			}
			total += attachment.size();
		}
		if (total > MAX_TOTAL_BYTES) {
			problems.add(new FieldProblem("attachments", "TOO_LARGE",
					"All attachments together must be at most " + MAX_TOTAL_BYTES + " bytes."));
		}
	}

	private static boolean isContentType(String value) {
		if (value == null || value.isBlank() || value.length() > MAX_NAME || hasControl(value)) {
			return false;
		}
		try {
			ContentType type = new ContentType(value);
			return type.getPrimaryType() != null && type.getSubType() != null;
		}
		catch (ParseException ex) {
			return false;
		}
	}

	private static boolean hasControl(String value) {
		return value.chars().anyMatch(Character::isISOControl);
	}

}
