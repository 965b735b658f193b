package dev.drift.site;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class SignInPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest(name = "{0} lands on the {2} home page")
	@CsvSource({ "admin@demo.drift, Clinic overview, admin", "therapist@demo.drift, 'Hello, Maya Thompson', therapist",
			"client@demo.drift, 'Hello, Emma Clarke', client", "client2@demo.drift, 'Hello, Oliver Bennett', client" })
	void eachDemoAccountSignsInAndLandsOnItsHomePage(String email, String heading, String role) {
		HttpResponse<String> signIn = this.http.signIn(email, "drift-demo");

		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/home"));
		HttpResponse<String> home = this.http.get("/home");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(heading);
	}

	@Test
	void signedInPagesAreNeverCachedAndCarrySecurityHeaders() {
		this.http.signIn("client@demo.drift", "drift-demo");

		HttpResponse<String> home = this.http.get("/home");

		assertThat(home.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(home.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((value) -> assertThat(value).contains("default-src 'self'", "frame-ancestors 'none'"));
		assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
	}

	@Test
	void theSessionCookieIsSecureHttpOnlyAndSameSite() {
		HttpResponse<String> login = this.http.get("/login");

		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("DRIFT_SESSION=")
				.contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

	@Test
	void signingOutEndsTheSession() {
		this.http.signIn("client@demo.drift", "drift-demo");
		String token = this.http.csrf("/home");

		HttpResponse<String> logout = this.http.form("/logout", Map.of("_csrf", token));

		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/login?logout"));
		assertThat(this.http.get("/home").statusCode()).isEqualTo(302);
	}

	@Test
	void aClientCannotOpenStaffOrAdminPages() {
		this.http.signIn("client@demo.drift", "drift-demo");

		assertThat(this.http.get("/admin/clinic").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/clients").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/admin/staff").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/admin/clinic", "Accept", "text/html").body())
			.contains("You do not have access to that page.");
	}

	@Test
	void aTherapistCannotOpenAdminPages() {
		this.http.signIn("therapist@demo.drift", "drift-demo");

		assertThat(this.http.get("/clients").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/admin/clinic").statusCode()).isEqualTo(403);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		HttpResponse<String> response = this.http.get("/clients");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(this.http.get("/").body()).contains("Create an account");
	}

	@Test
	void signUpWithoutConsentIsRefusedAndStoresNothing() {
		String email = "new-" + UUID.randomUUID() + "@example.org";
		String token = this.http.csrf("/signup");
		String clinicId = clinicId();

		HttpResponse<String> response = this.http.form("/signup", Map.of("name", "Nia Newcomer", "email", email,
				"password", "a-long-password", "timeZone", "Europe/London", "clinicId", clinicId, "_csrf", token));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Your consent is needed", "Nia Newcomer");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void signUpShowsEveryFieldProblemAtOnce() {
		String token = this.http.csrf("/signup");

		HttpResponse<String> response = this.http.form("/signup", Map.of("name", "", "email", "not-an-email",
				"password", "short", "timeZone", "Europe/London", "clinicId", clinicId(), "_csrf", token));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Enter your name.", "Enter a valid email address.",
				"Use 10 to 72 characters.", "Your consent is needed");
	}

	@Test
	void aClientSignsUpWithConsentThenSignsIn() {
		String email = "new-" + UUID.randomUUID() + "@example.org";
		String token = this.http.csrf("/signup");

		HttpResponse<String> response = this.http.form("/signup",
				Map.of("name", "Nia Newcomer", "email", email, "password", "a-long-password", "timeZone",
						"Europe/London", "clinicId", clinicId(), "healthDataConsent", "true", "_csrf", token));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?registered"));
		assertThat(this.accounts.findByEmail(email))
			.hasValueSatisfying((account) -> assertThat(account.clientId()).isNotNull());
		this.http.signIn(email, "a-long-password");
		assertThat(this.http.get("/home").body()).contains("Hello, Nia Newcomer");
	}

	private String clinicId() {
		return this.accounts.findByEmail("admin@demo.drift").orElseThrow().clinicId().toString();
	}

}
