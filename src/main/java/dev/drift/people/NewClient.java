package dev.drift.people;

import java.util.Objects;

/**
 * A client joining a clinic.
 */
public record NewClient(String email, ClientDetails details, SleepSchedule sleep, HealthDataConsent consent) {

	public NewClient {
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(details, "details");
		Objects.requireNonNull(sleep, "sleep");
		Objects.requireNonNull(consent, "consent: no client is registered without consent to process health data");
	}

}
