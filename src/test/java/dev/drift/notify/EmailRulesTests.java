package dev.drift.notify;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.tuple;

class EmailRulesTests {

	static final UUID CLINIC = UUID.randomUUID();

	@ParameterizedTest
	@ValueSource(strings = { "emma@example.org", "emma.clarke+sleep@mail.example.co.uk", "e@x" })
	void acceptsOneBareAddress(String to) {
		assertThatNoException().isThrownBy(() -> EmailRules.check(email(to, "Subject", List.of())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "emma", "emma@", "@example.org", "Emma <emma@example.org>",
			"emma@example.org, eve@example.org", "emma@example.org\r\nBcc: eve@example.org", "emma @example.org" })
	void refusesAnythingButOneBareAddress(String to) {
		assertThat(problems(email(to, "Subject", List.of()))).extracting(FieldProblem::field).containsExactly("to");
	}

	@Test
	void refusesASubjectThatIsNotOneShortLine() {
		assertThat(problems(email("emma@example.org", "Hello\r\nBcc: eve@example.org", List.of())))
			.extracting(FieldProblem::code)
			.containsExactly("INVALID_SUBJECT");
		assertThat(problems(email("emma@example.org", "x".repeat(256), List.of()))).extracting(FieldProblem::code)
			.containsExactly("INVALID_SUBJECT");
		assertThat(problems(email("emma@example.org", " ", List.of()))).extracting(FieldProblem::code)
			.containsExactly("REQUIRED");
	}

	@Test
	void refusesOversizedOrMalformedAttachmentsNamingEachOne() {
		byte[] big = new byte[EmailRules.MAX_ATTACHMENT_BYTES + 1];
		List<EmailAttachment> attachments = List.of(
				new EmailAttachment("ok.ics", "text/calendar; method=REQUEST", new byte[10]),
				new EmailAttachment("big.pdf", "application/pdf", big),
				new EmailAttachment("../etc/passwd", "no type", new byte[1]));

		InvalidInputException refused = refusal(email("emma@example.org", "Subject", attachments));

		assertThat(refused.code()).isEqualTo("INVALID_EMAIL");
		assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("attachments[1].content", "TOO_LARGE"),
					tuple("attachments[2].filename", "INVALID_FILENAME"),
					tuple("attachments[2].contentType", "INVALID_CONTENT_TYPE"));
		assertThat(refused.getMessage()).contains("attachments[1].content TOO_LARGE").doesNotContain("passwd");
	}

	@Test
	void refusesTooManyAttachmentsAndTooMuchInAll() {
		byte[] almostTwoMegabytes = new byte[EmailRules.MAX_ATTACHMENT_BYTES];
		assertThat(problems(email("emma@example.org", "Subject",
				Collections.nCopies(3, new EmailAttachment("a.bin", "application/octet-stream", almostTwoMegabytes)))))
			.extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("attachments", "TOO_LARGE"));
		assertThat(problems(email("emma@example.org", "Subject",
				Collections.nCopies(11, new EmailAttachment("a.txt", "text/plain", new byte[1])))))
			.extracting(FieldProblem::code)
			.containsExactly("TOO_MANY");
	}

	@Test
	void refusesAMissingClinicTextOrBlankDedupeKey() {
		assertThat(problems(new OutgoingEmail(null, "emma@example.org", "Subject", null, List.of(), " ")))
			.extracting(FieldProblem::field)
			.containsExactly("clinicId", "text", "dedupeKey");
	}

	private static OutgoingEmail email(String to, String subject, List<EmailAttachment> attachments) {
		return new OutgoingEmail(CLINIC, to, subject, "Text", attachments, null);
	}

	private static List<FieldProblem> problems(OutgoingEmail email) {
		return refusal(email).problems();
	}

	private static InvalidInputException refusal(OutgoingEmail email) {
		try {
			EmailRules.check(email);
		}
		catch (InvalidInputException ex) {
			return ex;
		}
		throw new AssertionError("expected the email to be refused");
	}

}
