package dev.drift.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A client as other modules and pages see it.
 */
public record ClientProfile(ClientId id, ClinicId clinicId, String name, String email, String phone,
		LocalDate dateOfBirth, ZoneId timeZone, SleepSchedule sleep, ContactPreferences contact,
		Optional<HealthDataConsent> consent) {

	public boolean hasHealthDataConsent() {
		return this.consent.isPresent();
	}

	public ClientDetails details() {
		return new ClientDetails(this.name, this.phone, this.dateOfBirth, this.timeZone, this.contact);
	}

}
