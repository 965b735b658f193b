package dev.drift.accounts;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.people.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class ApiTokenTests {

	private static final Pattern SECRET = Pattern.compile("(drift_[A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	ChangePassword passwords;

	@Autowired
	TestPeople people;

	@Autowired
	ApiTokens tokens;

	@Autowired
	dev.drift.MutableClock clock;

	@org.junit.jupiter.api.AfterEach
	void resetClock() {
		this.clock.reset();
	}

	Http http;

	@BeforeEach
	void signIn() {
		this.http = new Http(this.port);
		this.http.signIn("therapist2@demo.drift", "drift-demo");
	}

	@Test
	void aTokenIsShownOnceWorksAsABearerAndStopsWorkingWhenRevoked() {
		String name = "script-" + UUID.randomUUID();
		String secret = issue(name);

		HttpResponse<String> me = this.http.get("/api/v1/me", "Authorization", "Bearer " + secret);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("therapist2@demo.drift", "THERAPIST");
		assertThat(this.http.get("/account").body()).contains(name).doesNotContain(secret);

		String tokenId = tokenId(name);
		this.http.form("/account/tokens/" + tokenId + "/revoke", Map.of("_csrf", this.http.csrf("/account")));

		HttpResponse<String> after = new Http(this.port).get("/api/v1/me", "Authorization", "Bearer " + secret);
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(after.body()).contains("UNAUTHENTICATED");
	}

	/** Issue 16: API tokens survived a password change. */
	@Test
	void aChangedPasswordRevokesTheAccountsTokens() {
		Person person = this.people.newClient();
		Actor actor = person.actor();
		String secret = this.accounts.issueToken(actor, "integration").secret();
		assertThat(this.http.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(200);

		assertThat(this.passwords.change(actor, TestPeople.PASSWORD, "a-brand-new-password-9"))
			.isEqualTo(ChangePassword.Result.CHANGED);

		assertThat(new Http(this.port).get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode())
			.isEqualTo(401);
	}

	/**
	 * Issue 11: a token's last use is written at most once a minute, and not even tried
	 * (no statement, no row lock) on the requests in between.
	 */
	@Test
	void aTokensLastUseIsWrittenAtMostOncePerMinuteWithoutAStatementInBetween() {
		Person person = this.people.newClient();
		String secret = this.accounts.issueToken(person.actor(), "last-use").secret();
		ApiTokens tokens = this.tokens;

		dev.drift.SqlRecorder.Recorded<Boolean> first = dev.drift.SqlRecorder
			.record(() -> tokens.authenticate(secret).isPresent());
		dev.drift.SqlRecorder.Recorded<Boolean> second = dev.drift.SqlRecorder
			.record(() -> tokens.authenticate(secret).isPresent());
		this.clock.advance(java.time.Duration.ofMinutes(2));
		dev.drift.SqlRecorder.Recorded<Boolean> later = dev.drift.SqlRecorder
			.record(() -> tokens.authenticate(secret).isPresent());

		assertThat(first.result()).isTrue();
		assertThat(second.result()).isTrue();
		assertThat(first.count("update accounts_api_token")).isEqualTo(1);
		assertThat(second.count("update accounts_api_token")).isZero();
		assertThat(later.count("update accounts_api_token")).isEqualTo(1);
	}

	@Test
	void onlyAHashOfTheTokenIsStored() {
		String name = "stored-" + UUID.randomUUID();
		String secret = issue(name);

		String hash = this.jdbc.sql("select token_hash from accounts_api_token where name = :name")
			.param("name", name)
			.query(String.class)
			.single();

		assertThat(hash).hasSize(64).isEqualTo(ApiTokens.sha256(secret)).doesNotContain(secret.substring(6));
	}

	@Test
	void anUnknownTokenIsRefused() {
		HttpResponse<String> response = new Http(this.port).get("/api/v1/me", "Authorization",
				"Bearer drift_notARealTokenAtAllxxxxxxxxxxxxxxxxxxxxxxxxxx");

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void anotherAccountCannotRevokeTheToken() {
		String name = "mine-" + UUID.randomUUID();
		String secret = issue(name);
		String tokenId = tokenId(name);
		Http intruder = new Http(this.port);
		intruder.signIn("client@demo.drift", "drift-demo");

		HttpResponse<String> response = intruder.form("/account/tokens/" + tokenId + "/revoke",
				Map.of("_csrf", intruder.csrf("/account")), "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(this.http.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(200);
	}

	private String tokenId(String name) {
		return this.jdbc.sql("select id from accounts_api_token where name = :name")
			.param("name", name)
			.query(String.class)
			.single();
	}

	private String issue(String name) {
		HttpResponse<String> created = this.http.form("/account/tokens",
				Map.of("name", name, "_csrf", this.http.csrf("/account")));
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		Matcher matcher = SECRET.matcher(created.body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
