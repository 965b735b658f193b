package dev.drift.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, acceptance 5 (ASVS 6.3.3): in a clinic that requires it (every new clinic), a
 * therapist or admin reaches no staff page and no API call with a password alone; an
 * authenticator-app code (RFC 6238) or a recovery code completes the sign-in, each once.
 */
@DriftTest
class StaffMfaTests {

	private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7]+)<");

	private static final Pattern QR = Pattern
		.compile("id=\"qr\" class=\"qr\" src=\"(data:image/svg\\+xml;base64,[A-Za-z0-9+/=]+)\"");

	private static final Pattern LINK = Pattern.compile("id=\"otpauth\" href=\"([^\"]+)\"");

	private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z0-9]{10})</code></li>");

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	MutableClock clock;

	TestClinic clinic;

	Person admin;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.parse("2026-03-10T10:00:00Z"));
		this.clinic = this.people.newClinicWithStaffMfa();
		this.admin = this.clinic.admin();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPasswordAloneReachesNoStaffPageAndNoApiCall() {
		Person therapist = this.people.newTherapist(this.clinic, "Tara Therapist");
		for (Person staff : List.of(this.admin, therapist)) {
			Http browser = new Http(this.port);
			assertThat(browser.signIn(staff.email(), TestPeople.PASSWORD).headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
			for (String page : List.of("/home", "/admin/clinic", "/clients", "/account", "/admin/staff")) {
				HttpResponse<String> response = browser.get(page);
				assertThat(response.statusCode()).as(staff.email() + " " + page).isIn(302, 403);
				assertThat(response.body()).as(page).doesNotContain(staff.email());
				if (response.statusCode() == 302) {
					assertThat(response.headers().firstValue("Location")).as(page)
						.hasValueSatisfying((location) -> assertThat(location).contains("/mfa?factor.type=ott"));
				}
			}
			HttpResponse<String> basic = new Http(this.port).get("/api/v1/me", "Authorization", staff.basicAuth());
			assertThat(basic.statusCode()).as(staff.email() + " Basic").isIn(401, 403);
			assertThat(basic.body()).doesNotContain(staff.email());
		}
		// a client of the same clinic is not asked for a second step
		Person client = this.people.newClient(this.clinic.id(), "Cleo Client");
		assertThat(new Http(this.port).get("/api/v1/me", "Authorization", client.basicAuth()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void anAuthenticatorCodeCompletesTheSignInOnceAndAUsedCodeIsRefused() throws Exception {
		Http browser = new Http(this.port);
		browser.signIn(this.admin.email(), TestPeople.PASSWORD);
		assertThat(browser.get("/mfa").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/mfa/setup"));
		String setup = browser.get("/mfa/setup").body();
		String secret = find(SECRET, setup).get(0);
		String qr = find(QR, setup).get(0);
		assertThat(QrCodeTests.read(qr)).as("the QR code is the page's authenticator link")
			.isEqualTo(find(LINK, setup).get(0).replace("&amp;", "&"))
			.contains("secret=" + secret);
		HttpResponse<String> confirmed = browser.form("/mfa/setup", Map.of("code",
				Totp.code(secret, Totp.step(this.clock.instant())), "_csrf", browser.csrf("/mfa/setup")));
		assertThat(find(RECOVERY, confirmed.body())).hasSize(10);

		// the code used to confirm the app cannot complete a sign-in: the next one can
		assertThat(secondStep(browser, Totp.code(secret, Totp.step(this.clock.instant())))).endsWith("/mfa?error");
		this.clock.advance(Duration.ofSeconds(30));
		String code = Totp.code(secret, Totp.step(this.clock.instant()));
		assertThat(secondStep(browser, code)).doesNotContain("/mfa");
		assertThat(browser.get("/admin/clinic").statusCode()).isEqualTo(200);

		// the same code again, within its window, in another session: refused
		Http again = new Http(this.port);
		again.signIn(this.admin.email(), TestPeople.PASSWORD);
		assertThat(secondStep(again, code)).endsWith("/mfa?error");
		assertThat(again.get("/admin/clinic").statusCode()).isEqualTo(302);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(secondStep(again, Totp.code(secret, Totp.step(this.clock.instant())))).doesNotContain("/mfa");
		assertThat(again.get("/admin/clinic").statusCode()).isEqualTo(200);
	}

	@Test
	void aRecoveryCodeWorksOnceAndApiTokensKeepWorking() {
		Http browser = new Http(this.port);
		browser.signIn(this.admin.email(), TestPeople.PASSWORD);
		String secret = find(SECRET, browser.get("/mfa/setup").body()).get(0);
		List<String> recovery = find(RECOVERY, browser
			.form("/mfa/setup", Map.of("code", Totp.code(secret, Totp.step(this.clock.instant())), "_csrf",
					browser.csrf("/mfa/setup")))
			.body());

		assertThat(secondStep(browser, recovery.get(0))).doesNotContain("/mfa");
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);

		Http again = new Http(this.port);
		again.signIn(this.admin.email(), TestPeople.PASSWORD);
		assertThat(secondStep(again, recovery.get(0))).endsWith("/mfa?error");
		assertThat(secondStep(again, "not-a-code")).endsWith("/mfa?error");
		assertThat(secondStep(again, recovery.get(1))).doesNotContain("/mfa");

		String bearer = this.people.bearer(this.admin.email());
		assertThat(new Http(this.port).get("/api/v1/me", "Authorization", bearer).statusCode()).isEqualTo(200);
		assertThat(new Http(this.port).get("/api/v1/me", "Authorization", this.admin.basicAuth()).statusCode())
			.isIn(401, 403);
	}

	@Test
	void wrongCodesAreThrottled() {
		Http browser = new Http(this.port);
		browser.signIn(this.admin.email(), TestPeople.PASSWORD);
		String secret = find(SECRET, browser.get("/mfa/setup").body()).get(0);
		browser.form("/mfa/setup", Map.of("code", Totp.code(secret, Totp.step(this.clock.instant())), "_csrf",
				browser.csrf("/mfa/setup")));
		for (int i = 0; i < 10; i++) {
			assertThat(secondStep(browser, "00000" + (i % 10))).endsWith("/mfa?error");
		}
		this.clock.advance(Duration.ofSeconds(30));

		assertThat(secondStep(browser, Totp.code(secret, Totp.step(this.clock.instant())))).contains("locked");
	}

	@Test
	void theClinicPageShowsTheSettingOffInTheDemoClinic() {
		Http demoAdmin = new Http(this.port);
		demoAdmin.signIn("admin@demo.drift", "drift-demo");
		String page = demoAdmin.get("/admin/clinic").body();
		assertThat(page).containsPattern("name=\"staffMfaRequired\" value=\"true\">")
			.doesNotContainPattern("name=\"staffMfaRequired\" value=\"true\" checked");
	}

	private static String secondStep(Http browser, String code) {
		HttpResponse<String> response = browser.form("/login/ott",
				Map.of("token", code, "_csrf", browser.csrf("/mfa")));
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}

	private static List<String> find(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
