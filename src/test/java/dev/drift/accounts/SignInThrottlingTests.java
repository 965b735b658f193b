package dev.drift.accounts;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.TestClinic;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class SignInThrottlingTests {

	static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	SignInLocks locks;

	@Autowired
	AuditLog audit;

	@Autowired
	JsonMapper json;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	TestClinic clinic;

	Http http;

	String email;

	AccountView account;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.email = "sleeper-" + UUID.randomUUID() + "@example.org";
		this.clinic = this.people.newClinic();
		this.account = this.accounts.signUp(
				new SignUp(this.clinic.id(), "Sam Sleeper", this.email, PASSWORD, ZoneId.of("Europe/London"), true));
	}

	/**
	 * Issue 16: an integration calling with HTTP Basic 40 times at once locked its own
	 * account (35 × 429). Correct sign-ins in parallel now wait their turn and all
	 * succeed.
	 */
	@Test
	void fortyParallelRequestsWithTheRightPasswordAllSucceedAndDoNotLock() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(40);
		try {
			List<Future<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				calls.add(pool.submit(() -> me(this.email, PASSWORD).statusCode()));
			}
			for (Future<Integer> call : calls) {
				assertThat(call.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(me(this.email, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(this.locks.locks(this.clinic.admin().actor())).isEmpty();
	}

	@Test
	void theEleventhWrongPasswordAndACorrectOneRightAfterAreRefused() {
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(me(this.email, "wrong-password-" + attempt).statusCode()).as("attempt %d", attempt)
				.isEqualTo(401);
		}

		HttpResponse<String> eleventh = me(this.email, "wrong-password-11");
		HttpResponse<String> correct = me(this.email, PASSWORD);

		assertThat(eleventh.statusCode()).isEqualTo(429);
		assertThat(correct.statusCode()).isEqualTo(429);
		assertThat(correct.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
		assertThat(this.json.readTree(correct.body()).get("code").asString()).isEqualTo("LOGIN_THROTTLED");
		assertThat(this.audit.latest(this.account.clinicId().value(), 50)).anySatisfy((row) -> {
			assertThat(row.action()).isEqualTo("LOGIN_LOCKED");
			assertThat(row.accountId()).isEqualTo(this.account.id());
		});
	}

	@Test
	void theSignInPageRefusesALockedAccountToo() {
		for (int attempt = 1; attempt <= 10; attempt++) {
			this.http.signIn(this.email, "wrong-password");
		}

		HttpResponse<String> response = this.http.signIn(this.email, PASSWORD);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/login?locked="));
		assertThat(this.http
			.get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body()).contains("Too many failed attempts");
	}

	@Test
	void anUnknownAccountAndAWrongPasswordLookTheSame() {
		HttpResponse<String> unknown = me("nobody-" + UUID.randomUUID() + "@example.org", "wrong-password");
		HttpResponse<String> wrong = me(this.email, "wrong-password");

		assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
		assertThat(unknown.body()).isEqualTo(wrong.body());
		assertThat(unknown.headers().map()).containsOnlyKeys(wrong.headers().map().keySet());

		Http browser = new Http(this.port);
		HttpResponse<String> unknownPage = browser.signIn("nobody-" + UUID.randomUUID() + "@example.org", "x");
		HttpResponse<String> wrongPage = browser.signIn(this.email, "wrong-password");
		assertThat(unknownPage.headers().firstValue("Location")).isEqualTo(wrongPage.headers().firstValue("Location"));
	}

	/**
	 * Timing is measured and reported, not asserted (no timed assertions): an unknown
	 * email still costs one password hash (Spring Security's dummy check), so its answer
	 * takes as long as a wrong password's.
	 */
	@Test
	void anUnknownEmailCostsAPasswordCheckLikeAWrongPassword() {
		List<Long> unknown = new ArrayList<>();
		List<Long> wrong = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
			long start = System.nanoTime();
			assertThat(me(nobody, "wrong-password").statusCode()).isEqualTo(401);
			unknown.add(System.nanoTime() - start);
			start = System.nanoTime();
			assertThat(me(this.email, "wrong-password").statusCode()).isEqualTo(401);
			wrong.add(System.nanoTime() - start);
		}
		System.out.printf("Sign-in timing (median of 9, ms): unknown email %.1f, wrong password %.1f%n",
				median(unknown) / 1e6, median(wrong) / 1e6);
		assertThat(me(this.email, PASSWORD).statusCode()).isEqualTo(200);
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	@Test
	void anUnknownEmailIsThrottledLikeAKnownOne() {
		String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
		for (int attempt = 1; attempt <= 10; attempt++) {
			me(nobody, "wrong-password");
		}

		assertThat(me(nobody, "wrong-password").statusCode()).isEqualTo(429);
	}

	@Test
	void anAdminLiftsTheLock() {
		for (int attempt = 1; attempt <= 11; attempt++) {
			me(this.email, "wrong-password");
		}
		Actor admin = this.clinic.admin().actor();
		assertThat(this.locks.locks(admin))
			.anySatisfy((lock) -> assertThat(lock.account().email()).isEqualTo(this.email));

		this.locks.lift(admin, this.account.id());

		assertThat(me(this.email, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(this.locks.locks(admin))
			.noneSatisfy((lock) -> assertThat(lock.account().email()).isEqualTo(this.email));
	}

	@Test
	void aSuccessfulSignInForgetsEarlierFailures() {
		for (int attempt = 1; attempt <= 9; attempt++) {
			me(this.email, "wrong-password");
		}
		assertThat(me(this.email, PASSWORD).statusCode()).isEqualTo(200);

		for (int attempt = 1; attempt <= 9; attempt++) {
			me(this.email, "wrong-password");
		}

		assertThat(me(this.email, PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void overlongPasswordsAndEmailsAreWrongCredentialsNotServerErrors() {
		assertThat(me(this.email, "a".repeat(100)).statusCode()).isEqualTo(401);
		assertThat(me(this.email, "ä".repeat(40)).statusCode()).isEqualTo(401);
		assertThat(me("x".repeat(400) + "@example.org", "wrong-password").statusCode()).isEqualTo(401);
		assertThat(me(this.email, PASSWORD).statusCode()).isEqualTo(200);
	}

	/**
	 * Issue 16: X-Forwarded-For was trusted from any internal address, so rotating it
	 * sidestepped the per-address limit. By default no proxy is trusted: failures count
	 * against the connection's own address.
	 */
	@Test
	void aForwardedForHeaderDoesNotChangeTheAddressThatFailuresCountAgainst() {
		String forged = "203.0.113." + (1 + new java.util.Random().nextInt(250));

		HttpResponse<String> response = this.http.get("/api/v1/me", "Authorization",
				Http.basic(this.email, "wrong-password"), "X-Forwarded-For", forged);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(failuresFor(LoginThrottle.addressKey(forged))).isZero();
		assertThat(failuresFor(LoginThrottle.accountKey(this.email))).isEqualTo(1);
	}

	private long failuresFor(String key) {
		return this.jdbc.sql("select count(*) from accounts_login_failure where throttle_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> me(String user, String password) {
		return this.http.get("/api/v1/me", "Authorization", Http.basic(user, password));
	}

}
