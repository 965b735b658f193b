package dev.drift.browser;

import java.time.Duration;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, acceptance 5: a passkey registered and used in headless Chromium, with
 * Selenium's WebAuthn virtual authenticator (CTAP2, built in, resident keys, user
 * verification). A therapist of a clinic that asks staff for a second step signs in with
 * the password, adds a passkey, signs out, and signs in with password and passkey to a
 * staff page; the password alone reaches none, nor does the passkey alone (the password
 * then completes that sign-in).
 */
@DriftTest
class PasskeyBrowserIT {

	static WebDriver browser;

	static VirtualAuthenticator authenticator;

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@BeforeAll
	static void startBrowser() {
		browser = SignInBrowserIT.headless("1280,900");
		authenticator = ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aTherapistAddsAPasskeyAndSignsInWithPasswordAndPasskey() {
		TestClinic clinic = this.people.newClinicWithStaffMfa();
		Person therapist = this.people.newTherapist(clinic, "Pia Passkey");

		// the password alone: the set-up page, no staff page
		signInWithPassword(therapist);
		waitFor("/mfa/setup");
		assertNoStaffPage();

		browser.get(url("/mfa/setup"));
		browser.findElement(By.id("passkey-label")).clear();
		browser.findElement(By.id("passkey-label")).sendKeys("Test laptop");
		browser.findElement(By.id("passkey-add")).click();
		waitFor("/mfa/setup/passkey");
		assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
		assertThat(authenticator.getCredentials()).hasSize(1);
		signOut();

		// password, then the passkey
		signInWithPassword(therapist);
		waitFor("/mfa");
		assertNoStaffPage();
		browser.get(url("/mfa"));
		browser.findElement(By.id("passkey-sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/mfa")));
		browser.get(url("/clients"));
		assertThat(browser.getCurrentUrl()).endsWith("/clients");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		browser.get(url("/mfa/setup"));
		assertThat(browser.findElement(By.id("passkeys")).getText()).contains("Test laptop");
		signOut();

		// the password alone again: still no staff page
		signInWithPassword(therapist);
		waitFor("/mfa");
		assertNoStaffPage();
		signOut();

		// the passkey alone (Spring Security's /login/webauthn, a discoverable
		// credential):
		// no staff page either, the password is asked for and completes the sign-in
		browser.get(url("/login"));
		assertThat(((JavascriptExecutor) browser).executeAsyncScript(PASSKEY_ALONE)).isEqualTo(200L);
		browser.get(url("/clients"));
		assertThat(browser.getCurrentUrl()).contains("/login");
		browser.findElement(By.id("username")).sendKeys(therapist.email());
		browser.findElement(By.id("password")).sendKeys(TestPeople.PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitFor("/clients");
		assertThat(browser.getCurrentUrl()).contains("/clients").doesNotContain("/mfa", "/login");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
	}

	/**
	 * Signs in with the virtual authenticator's passkey only; answers the HTTP status.
	 */
	private static final String PASSKEY_ALONE = """
			const done = arguments[arguments.length - 1];
			const decode = (text) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")),
			    (c) => c.charCodeAt(0)).buffer;
			const encode = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
			    .replace(/=/g, "").replace(/\\+/g, "-").replace(/\\//g, "_");
			const headers = { "Content-Type": "application/json",
			    "X-CSRF-TOKEN": document.querySelector("input[name=_csrf]").value };
			(async () => {
			  const options = await (await fetch("/webauthn/authenticate/options",
			      { method: "POST", headers })).json();
			  const credential = await navigator.credentials.get({ publicKey: { ...options,
			      challenge: decode(options.challenge), allowCredentials: [] } });
			  const response = await fetch("/login/webauthn", { method: "POST", headers, body: JSON.stringify({
			    id: credential.id, rawId: encode(credential.rawId), credType: credential.type,
			    response: { authenticatorData: encode(credential.response.authenticatorData),
			      clientDataJSON: encode(credential.response.clientDataJSON),
			      signature: encode(credential.response.signature),
			      userHandle: encode(credential.response.userHandle) },
			    clientExtensionResults: {} }) });
			  done(response.status);
			})().catch((error) => done(String(error)));
			""";

	private void signInWithPassword(Person person) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(person.email());
		browser.findElement(By.id("password")).sendKeys(TestPeople.PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void assertNoStaffPage() {
		for (String page : List.of("/home", "/clients", "/booking/calendar", "/account")) {
			browser.get(url(page));
			assertThat(browser.getCurrentUrl()).as(page).contains("/mfa");
		}
	}

	private void signOut() {
		browser.get(url("/mfa"));
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		waitFor("/login?logout");
	}

	private static void waitFor(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
