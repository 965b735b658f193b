package dev.drift.notify;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file attached to an {@link OutgoingEmail}, delivered with exactly this content type.
 *
 * @param filename the file's name, e.g. {@code appointment.ics}
 * @param contentType a MIME type with parameters, e.g.
 * {@code text/calendar; charset=UTF-8; method=REQUEST}
 * @param content the bytes
 */
public record EmailAttachment(String filename, String contentType, byte[] content) {

	public EmailAttachment {
		content = (content != null) ? content.clone() : null;
	}

	@Override
	public byte[] content() {
		return (this.content != null) ? this.content.clone() : null;
	}

	int size() {
		return (this.content != null) ? this.content.length : 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EmailAttachment that && Objects.equals(this.filename, that.filename)
				&& Objects.equals(this.contentType, that.contentType) && Arrays.equals(this.content, that.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.filename, this.contentType, Arrays.hashCode(this.content));
	}

	@Override
	public String toString() {
		return "EmailAttachment[filename=" + this.filename + ", contentType=" + this.contentType + ", bytes=" + size()
				+ "]";
	}

}
