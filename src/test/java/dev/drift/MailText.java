package dev.drift;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * The plain-text body of an email, however deep in its multipart it sits.
 */
public final class MailText {

	private MailText() {
	}

	public static String of(Part message) {
		try {
			String found = find(message);
			if (found == null) {
				throw new AssertionError("no text/plain part");
			}
			return found.replace("\r\n", "\n");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String find(Part part) throws Exception {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = find(child);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return part.isMimeType("text/plain") && content instanceof String text ? text : null;
	}

}
