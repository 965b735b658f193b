package dev.drift.accounts;

import java.net.http.HttpResponse;
import java.util.Map;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class AccountPageTests {

	@LocalServerPort
	int port;

	/** The password every TestPeople account starts with. */
	static final String FIRST_PASSWORD = TestPeople.PASSWORD;

	@Autowired
	TestPeople people;

	Http http;

	String email;

	@BeforeEach
	void signUpAndSignIn() {
		this.http = new Http(this.port);
		this.email = this.people.newClient(this.people.demoClinic(), "Pia Password").email();
		this.http.signIn(this.email, FIRST_PASSWORD);
	}

	@Test
	void aUserChangesTheirPasswordAndSignsInWithTheNewOne() {
		HttpResponse<String> response = this.http.form("/account/password", Map.of("currentPassword", FIRST_PASSWORD,
				"newPassword", "second-password", "_csrf", this.http.csrf("/account")));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.http.get("/account").body()).contains("Your password has been changed.");
		assertThat(me("second-password")).isEqualTo(200);
		assertThat(me(FIRST_PASSWORD)).isEqualTo(401);
	}

	@Test
	void changingThePasswordSignsOutTheOtherSessions() {
		Http otherDevice = new Http(this.port);
		otherDevice.signIn(this.email, FIRST_PASSWORD);
		assertThat(otherDevice.get("/home").statusCode()).isEqualTo(200);

		this.http.form("/account/password", Map.of("currentPassword", FIRST_PASSWORD, "newPassword", "second-password",
				"_csrf", this.http.csrf("/account")));

		assertThat(otherDevice.get("/home").statusCode()).isEqualTo(302);
		assertThat(this.http.get("/home").statusCode()).isEqualTo(200);
	}

	@Test
	void aWrongCurrentPasswordChangesNothingAndNothingTypedIsEchoed() {
		HttpResponse<String> response = this.http.form("/account/password", Map.of("currentPassword", "not-my-password",
				"newPassword", "second-password", "_csrf", this.http.csrf("/account")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("That is not your current password.")
			.doesNotContain("not-my-password", "second-password");
		assertThat(me(FIRST_PASSWORD)).isEqualTo(200);
	}

	@Test
	void aTooShortNewPasswordIsRefused() {
		HttpResponse<String> response = this.http.form("/account/password",
				Map.of("currentPassword", FIRST_PASSWORD, "newPassword", "short", "_csrf", this.http.csrf("/account")));

		assertThat(response.body()).contains("Use 10 to 72 characters.");
		assertThat(me(FIRST_PASSWORD)).isEqualTo(200);
	}

	private int me(String password) {
		return new Http(this.port).get("/api/v1/me", "Authorization", Http.basic(this.email, password)).statusCode();
	}

}
