package dev.drift.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A client's consent to the processing of their health data: when it was given, and the
 * zone they were in. No health data may be entered without it.
 */
public record HealthDataConsent(Instant givenAt, ZoneId zone) {

	public HealthDataConsent {
		Objects.requireNonNull(givenAt, "givenAt");
		Objects.requireNonNull(zone, "zone");
	}

}
