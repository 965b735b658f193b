package dev.drift.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class LoginThrottleTests {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	MutableClock clock;

	@Autowired
	ThrottleProperties properties;

	String email;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.parse("2026-03-29T00:30:00Z"));
		this.email = "throttle-" + UUID.randomUUID() + "@example.org";
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotLock() {
		for (int i = 0; i < 20; i++) {
			fail(this.email, null);
			this.clock.advance(Duration.ofMinutes(2));
		}

		assertThat(this.throttle.refusal(this.email, null)).isEmpty();
	}

	@Test
	void tenFailuresWithinTheWindowLockForTheCoolingOffPeriod() {
		for (int i = 0; i < 10; i++) {
			fail(this.email, null);
			this.clock.advance(Duration.ofMinutes(1));
		}

		assertThat(this.throttle.refusal(this.email, null)).hasValue(Duration.ofMinutes(14));
		this.clock.advance(Duration.ofMinutes(14).minusSeconds(1));
		assertThat(this.throttle.refusal(this.email, null)).hasValue(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.refusal(this.email, null)).isEmpty();
	}

	@Test
	void afterTheLockEndsOneMoreFailureDoesNotLockAgain() {
		for (int i = 0; i < 10; i++) {
			fail(this.email, null);
		}
		this.clock.advance(Duration.ofMinutes(15));

		assertThat(this.throttle.failed(this.throttle.begin(this.email, null))).isFalse();
		assertThat(this.throttle.refusal(this.email, null)).isEmpty();
	}

	@Test
	void oneAddressFailingForManyAccountsIsLocked() {
		// an address of its own: the other tests' 198.51.100.x failures must not add up
		// with it
		String address = "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);
		for (int i = 0; i < this.properties.maxFailuresPerAddress(); i++) {
			fail("spray-" + i + "-" + UUID.randomUUID() + "@example.org", address);
		}

		assertThat(this.throttle.refusal("fresh-" + this.email, address)).isPresent();
		assertThat(this.throttle.refusal("fresh-" + this.email, "203.0.113.9")).isEmpty();
	}

	@Test
	void parallelWrongPasswordsGetNoMorePasswordChecksThanTheLimit() throws Exception {
		assertThat(parallel(40, false)).isEqualTo(this.properties.maxFailures());
		assertThat(this.throttle.refusal(this.email, null)).isPresent();
	}

	/**
	 * Issue 16: forty parallel sign-ins with the right password locked the account
	 * (in-flight attempts were counted as failures). Checks now wait their turn and only
	 * failures count.
	 */
	@Test
	void parallelCorrectSignInsAreNeverRefusedAndNeverLock() throws Exception {
		assertThat(parallel(40, true)).isEqualTo(40);
		assertThat(this.throttle.refusal(this.email, null)).isEmpty();
	}

	/** Attempts in parallel, each ending right or wrong; answers how many got a check. */
	private long parallel(int attempts, boolean right) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> started = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				started.add(pool.submit(() -> {
					LoginThrottle.Attempt attempt;
					try {
						attempt = this.throttle.begin(this.email, null);
					}
					catch (LoginThrottledException ex) {
						return false;
					}
					if (right) {
						this.throttle.succeeded(attempt);
					}
					else {
						this.throttle.failed(attempt);
					}
					return true;
				}));
			}
			long checked = 0;
			for (Future<Boolean> attempt : started) {
				checked += attempt.get() ? 1 : 0;
			}
			return checked;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void keysAreHashesOfFixedLengthWhateverIsTyped() {
		String typed = "x".repeat(5000) + "@example.org";

		fail(typed, "203.0.113.77");

		assertThat(LoginThrottle.accountKey(typed)).hasSize("account:".length() + 64).doesNotContain("example");
		assertThat(LoginThrottle.accountKey(" Someone@Example.org "))
			.isEqualTo(LoginThrottle.accountKey("someone@example.org"));
	}

	@Test
	void thePurgeForgetsFailuresOutsideTheWindowAndEndedLocks() {
		for (int i = 0; i < 10; i++) {
			fail(this.email, null);
		}
		fail("once-" + this.email, null);
		this.clock.advance(Duration.ofMinutes(16));

		this.throttle.purge();

		assertThat(this.throttle.refusal(this.email, null)).isEmpty();
		assertThat(this.throttle.failed(this.throttle.begin("once-" + this.email, null))).isFalse();
	}

	/**
	 * Issue 16 (ASVS 6.1.1): a stranger who knows an email locked its owner out for 15
	 * minutes from one address. Now that address is locked out of the account, the owner
	 * elsewhere only waits out a 30-second hold.
	 */
	@Test
	void aStrangerFromOneAddressLocksOnlyThemselvesOutForLong() {
		String stranger = "198.51.100.7";
		String owner = "203.0.113.20";
		for (int i = 0; i < 10; i++) {
			fail(this.email, stranger);
		}

		assertThat(this.throttle.refusal(this.email, owner)).hasValue(Duration.ofSeconds(30));
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.throttle.refusal(this.email, owner)).isEmpty();
		assertThat(this.throttle.refusal(this.email, stranger)).hasValue(Duration.ofMinutes(15).minusSeconds(30));
		this.throttle.succeeded(this.throttle.begin(this.email, owner));
		assertThat(this.throttle.refusal(this.email, stranger)).isPresent();
	}

	@Test
	void failuresFromManyAddressesHoldTheAccountProgressivelyLonger() {
		for (int i = 0; i < 9; i++) {
			fail(this.email, "198.51.100." + i);
		}
		assertThat(this.throttle.refusal(this.email, "203.0.113.1")).isEmpty();

		List<Duration> holds = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			fail(this.email, "192.0.2." + i);
			Duration hold = this.throttle.refusal(this.email, "203.0.113.1").orElseThrow();
			holds.add(hold);
			this.clock.advance(hold);
		}

		assertThat(holds).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
				Duration.ofSeconds(240), Duration.ofSeconds(480));
	}

	@Test
	void aWindowLongerThanTheCoolingOffIsRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new ThrottleProperties(10, 100, Duration.ofMinutes(30), Duration.ofMinutes(15), null));
	}

	private void fail(String email, String address) {
		this.throttle.failed(this.throttle.begin(email, address));
	}

}
