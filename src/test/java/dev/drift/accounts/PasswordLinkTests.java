package dev.drift.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.Http;
import dev.drift.MailTest;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.TestSmtp;
import dev.drift.notify.OutboxDeliveries;
import dev.drift.shared.ConflictException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Password reset and email confirmation by link, read from the real email (GreenMail): a
 * reset link works once and expires after an hour; asking answers the same for an unknown
 * address; the hourly limit; the sign-up's confirmation link and what an unconfirmed
 * account may not do.
 */
@MailTest
class PasswordLinkTests {

	static final Pattern LINK = Pattern
		.compile("https?://[^/\\s]+(/(?:password/reset|email/verify)\\?token=[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aResetLinkFromTheEmailSetsTheNewPasswordOnceOnly() {
		TestPeople.Person client = this.people.newClient();
		HttpResponse<String> asked = forgot(client.email());
		HttpResponse<String> unknown = forgot("nobody-" + UUID.randomUUID() + "@example.org");
		assertThat(unknown.statusCode()).isEqualTo(asked.statusCode()).isEqualTo(302);
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(asked.headers().firstValue("Location"));

		String link = linkIn(latestTo(client.email(), "Set a new password for Drift Demo Clinic"));
		Http browser = new Http(this.port);
		assertThat(browser.get(link).body()).contains("name=\"password\"").doesNotContain("already been used");

		HttpResponse<String> set = setPassword(browser, link, "a-brand-new-password");
		assertThat(set.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?passwordSet"));
		assertThat(new Http(this.port).signIn(client.email(), "a-brand-new-password").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
		assertThat(new Http(this.port).signIn(client.email(), TestPeople.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("error"));

		Http again = new Http(this.port);
		assertThat(again.get(link).body()).contains("already been used");
		HttpResponse<String> second = setPassword(again, link, "yet-another-password");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("already been used");
		assertThat(new Http(this.port).signIn(client.email(), "yet-another-password").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("error"));
	}

	@Test
	void aResetLinkExpiresAfterAnHour() {
		TestPeople.Person client = this.people.newClient();
		forgot(client.email());
		String link = linkIn(latestTo(client.email(), "Set a new password for Drift Demo Clinic"));

		this.clock.advance(Duration.ofMinutes(61));

		Http browser = new Http(this.port);
		assertThat(browser.get(link).body()).contains("already been used or has expired");
		assertThat(setPassword(browser, link, "a-late-new-password").body())
			.contains("already been used or has expired");
		assertThat(new Http(this.port).signIn(client.email(), TestPeople.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void atMostThreeResetEmailsAnHourAndAShortPasswordIsNamed() {
		TestPeople.Person client = this.people.newClient();
		for (int i = 0; i < 5; i++) {
			assertThat(forgot(client.email()).statusCode()).isEqualTo(302);
		}
		OutboxDeliveries.deliverAll(this.context);
		assertThat(TestSmtp.messagesTo(client.email())).hasSize(PasswordLinks.RESETS_PER_HOUR);

		String link = linkIn(TestSmtp.messagesTo(client.email()).getLast());
		Http browser = new Http(this.port);
		browser.get(link);
		HttpResponse<String> tooShort = setPassword(browser, link, "short");
		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("aria-invalid=\"true\"").contains("10");
	}

	@Test
	void theSignUpEmailConfirmsTheAddressAndOnlyThenMayTheAccountCreateApiTokens() {
		String email = "verify-" + UUID.randomUUID() + "@example.org";
		Http signUp = new Http(this.port);
		String csrf = signUp.csrf("/signup");
		signUp.form("/signup",
				Map.of("name", "Vera Verify", "email", email, "password", "a-long-password", "timeZone",
						"Europe/London", "clinicId", this.people.demoClinic().toString(), "healthDataConsent", "true",
						"_csrf", csrf));
		Http browser = new Http(this.port);
		browser.signIn(email, "a-long-password");
		assertThat(browser.get("/account").body()).contains("not confirmed yet");
		// API tokens are a staff section of the page: the rule is checked on the facade
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.accounts.issueToken(this.people.actor(email), "before"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("EMAIL_NOT_VERIFIED"));

		String link = linkIn(latestTo(email, "Welcome to Drift Demo Clinic"));
		assertThat(new Http(this.port).get(link).body()).contains("your email address is confirmed");
		assertThat(new Http(this.port).get(link).body()).contains("already been used or has expired");

		assertThat(browser.get("/account").body()).doesNotContain("not confirmed yet");
		assertThat(this.accounts.issueToken(this.people.actor(email), "after").secret()).startsWith("drift_");
	}

	private HttpResponse<String> forgot(String email) {
		Http http = new Http(this.port);
		String csrf = http.csrf("/password/forgot");
		return http.form("/password/forgot", Map.of("email", email, "_csrf", csrf));
	}

	private HttpResponse<String> setPassword(Http browser, String link, String password) {
		String csrf = browser.csrf("/password/forgot");
		String token = link.substring(link.indexOf("token=") + 6);
		return browser.form("/password/reset", Map.of("token", token, "password", password, "_csrf", csrf));
	}

	private MimeMessage latestTo(String email, String subject) {
		OutboxDeliveries.deliverAll(this.context);
		List<MimeMessage> messages = TestSmtp.messagesTo(email);
		assertThat(messages).extracting(MimeMessage::getSubject).contains(subject);
		return messages.getLast();
	}

	static String linkIn(MimeMessage message) {
		try {
			Matcher matcher = LINK.matcher((String) message.getContent());
			assertThat(matcher.find()).as("a link in the email").isTrue();
			return matcher.group(1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
