package dev.drift.accounts;

import java.time.Duration;
import java.time.Instant;
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
			this.throttle.failed(this.email, null);
			this.clock.advance(Duration.ofMinutes(2));
		}

		assertThat(this.throttle.refusal(this.email, null)).isEmpty();
	}

	@Test
	void tenFailuresWithinTheWindowLockForTheCoolingOffPeriod() {
		for (int i = 0; i < 10; i++) {
			this.throttle.failed(this.email, null);
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
			this.throttle.failed(this.email, null);
		}
		this.clock.advance(Duration.ofMinutes(15));

		assertThat(this.throttle.failed(this.email, null)).isFalse();
		assertThat(this.throttle.refusal(this.email, null)).isEmpty();
	}

	@Test
	void oneAddressFailingForManyAccountsIsLocked() {
		String address = "198.51.100." + (int) (Math.random() * 250);
		for (int i = 0; i < this.properties.maxFailuresPerAddress(); i++) {
			this.throttle.failed("spray-" + i + "-" + UUID.randomUUID() + "@example.org", address);
		}

		assertThat(this.throttle.refusal("fresh-" + this.email, address)).isPresent();
		assertThat(this.throttle.refusal("fresh-" + this.email, "203.0.113.9")).isEmpty();
	}

}
