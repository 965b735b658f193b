package dev.drift.accounts;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.Http;
import dev.drift.MailTest;
import dev.drift.TestSmtp;
import dev.drift.notify.OutboxDeliveries;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-up page does not tell whether an email is registered: a known address and a
 * new one get the same answer, and only the email to that address says what happened.
 */
@MailTest
class SignUpMailTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationContext context;

	@Test
	void aKnownEmailAndANewOneGetTheSameAnswerAndTheEmailSaysWhichHappened() throws Exception {
		String known = "known-" + UUID.randomUUID() + "@example.org";
		String fresh = "fresh-" + UUID.randomUUID() + "@example.org";
		HttpResponse<String> first = signUp(known, "Kim Known");
		long accountsBefore = this.accounts.findByEmail(known).stream().count();

		HttpResponse<String> again = signUp(known, "Someone Else");
		HttpResponse<String> newcomer = signUp(fresh, "Nia Newcomer");

		assertThat(List.of(again, newcomer)).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(first.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
			assertThat(response.body()).isEqualTo(first.body());
		});
		assertThat(this.accounts.findByEmail(known))
			.hasValueSatisfying((account) -> assertThat(account.displayName()).isEqualTo("Kim Known"));
		assertThat(accountsBefore).isEqualTo(1);

		OutboxDeliveries.deliverAll(this.context);

		List<MimeMessage> toKnown = TestSmtp.messagesTo(known);
		assertThat(toKnown).extracting(MimeMessage::getSubject)
			.containsExactly("Welcome to Drift Demo Clinic", "Sign-up attempt at Drift Demo Clinic");
		assertThat(((String) toKnown.get(1).getContent())).contains("no new account was made");
		assertThat(TestSmtp.messagesTo(fresh)).extracting(MimeMessage::getSubject)
			.containsExactly("Welcome to Drift Demo Clinic");
	}

	private HttpResponse<String> signUp(String email, String name) {
		Http http = new Http(this.port);
		String token = http.csrf("/signup");
		String clinic = this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId().toString();
		return http.form("/signup", Map.of("name", name, "email", email, "password", "a-long-password", "timeZone",
				"Europe/London", "clinicId", clinic, "healthDataConsent", "true", "_csrf", token));
	}

}
