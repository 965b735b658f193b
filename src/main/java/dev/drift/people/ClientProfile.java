package dev.drift.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import dev.drift.shared.ConflictException;

/**
 * A client as other modules and pages see it.
 */
public record ClientProfile(ClientId id, ClinicId clinicId, String name, String email, String phone,
		LocalDate dateOfBirth, ZoneId timeZone, SleepSchedule sleep, ContactPreferences contact,
		Optional<HealthDataConsent> consent, Instant consentWithdrawnAt, Instant erasedAt) {

	public boolean hasHealthDataConsent() {
		return this.consent.isPresent();
	}

	/** Whether the client withdrew their consent to health-data processing. */
	public boolean consentWithdrawn() {
		return this.consentWithdrawnAt != null;
	}

	/** Whether the client's record was erased on request (what remains is locked). */
	public boolean erased() {
		return this.erasedAt != null;
	}

	/**
	 * Refuses (409 {@code HEALTH_DATA_CONSENT_WITHDRAWN}) new health data for a client
	 * who withdrew their consent, whoever enters it.
	 */
	public void requireHealthDataAllowed() {
		if (consentWithdrawn()) {
			throw new ConflictException("HEALTH_DATA_CONSENT_WITHDRAWN",
					"This client has withdrawn consent to the processing of health data; nothing new can be recorded");
		}
	}

	public ClientDetails details() {
		return new ClientDetails(this.name, this.phone, this.dateOfBirth, this.timeZone, this.contact);
	}

}
