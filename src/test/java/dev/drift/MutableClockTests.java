package dev.drift;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MutableClockTests {

	@Test
	void startsAtALondonLocalTimeOrAnInstant() {
		assertThat(MutableClock.start("2026-11-18T09:30")).isEqualTo(Instant.parse("2026-11-18T09:30:00Z"));
		assertThat(MutableClock.start("2026-07-01T09:30")).isEqualTo(Instant.parse("2026-07-01T08:30:00Z"));
		assertThat(MutableClock.start("2027-03-28T00:59:00Z")).isEqualTo(Instant.parse("2027-03-28T00:59:00Z"));
	}

	@Test
	void standsStillButForATickPerReadingAndResetsToItsStart() {
		Instant start = Instant.parse("2026-11-22T23:50:00Z");
		MutableClock clock = new MutableClock(start);

		Instant first = clock.instant();
		Instant second = clock.instant();
		clock.advance(Duration.ofDays(2));
		Instant moved = clock.instant();
		clock.reset();

		assertThat(first).isEqualTo(start);
		assertThat(second).isAfter(first).isBefore(first.plusMillis(1));
		assertThat(moved).isAfter(start.plus(Duration.ofDays(2)));
		assertThat(clock.instant()).isEqualTo(start);
	}

}
