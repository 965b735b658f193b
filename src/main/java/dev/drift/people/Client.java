package dev.drift.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.drift.shared.TimeZones;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client of a clinic: profile, sleep schedule, contact preferences and consent.
 */
@Table("people_client")
class Client {

	@Id
	private final UUID id;

	@Version
	private Long version;

	private final UUID clinicId;

	private String name;

	private String email;

	private String phone;

	private LocalDate dateOfBirth;

	private String timeZone;

	private LocalTime workdaySleepStart;

	private LocalTime offdaySleepStart;

	private String workdays;

	private String shiftPattern;

	private boolean contactByEmail;

	private boolean contactBySms;

	private Instant healthConsentAt;

	private String healthConsentZone;

	private Instant healthConsentWithdrawnAt;

	private Instant erasedAt;

	private final Instant createdAt;

	@PersistenceCreator
	Client(UUID id, Long version, UUID clinicId, String name, String email, String phone, LocalDate dateOfBirth,
			String timeZone, LocalTime workdaySleepStart, LocalTime offdaySleepStart, String workdays,
			String shiftPattern, boolean contactByEmail, boolean contactBySms, Instant healthConsentAt,
			String healthConsentZone, Instant healthConsentWithdrawnAt, Instant erasedAt, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.clinicId = clinicId;
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.dateOfBirth = dateOfBirth;
		this.timeZone = timeZone;
		this.workdaySleepStart = workdaySleepStart;
		this.offdaySleepStart = offdaySleepStart;
		this.workdays = workdays;
		this.shiftPattern = shiftPattern;
		this.contactByEmail = contactByEmail;
		this.contactBySms = contactBySms;
		this.healthConsentAt = healthConsentAt;
		this.healthConsentZone = healthConsentZone;
		this.healthConsentWithdrawnAt = healthConsentWithdrawnAt;
		this.erasedAt = erasedAt;
		this.createdAt = createdAt;
	}

	static Client register(ClinicId clinic, NewClient client, Instant now) {
		Client registered = new Client(UUID.randomUUID(), null, clinic.value(), null, normalize(client.email()), null,
				null, null, null, null, null, null, true, false, null, null, null, null, now);
		registered.change(client.details());
		registered.consent(client.consent());
		registered.reschedule(client.sleep());
		return registered;
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void change(ClientDetails details) {
		this.name = details.name();
		this.phone = details.phone();
		this.dateOfBirth = details.dateOfBirth();
		this.timeZone = TimeZones.canonical(details.timeZone()).getId();
		this.contactByEmail = details.contact().byEmail();
		this.contactBySms = details.contact().bySms();
	}

	void reschedule(SleepSchedule sleep) {
		this.workdaySleepStart = sleep.workdayMainSleepStart();
		this.offdaySleepStart = sleep.offdayMainSleepStart();
		this.workdays = sleep.workdaysColumn();
		this.shiftPattern = sleep.shiftPattern().code();
	}

	void consent(HealthDataConsent consent) {
		this.healthConsentAt = consent.givenAt();
		this.healthConsentZone = TimeZones.canonical(consent.zone()).getId();
	}

	/**
	 * The client withdraws consent to health-data processing: no health data after it.
	 */
	void withdrawConsent(Instant now) {
		this.healthConsentAt = null;
		this.healthConsentZone = null;
		if (this.healthConsentWithdrawnAt == null) {
			this.healthConsentWithdrawnAt = now;
		}
	}

	/**
	 * Erasure: what identifies the retained clinical records (name, date of birth, zone)
	 * stays; contact details and preferences go; the email becomes an address that cannot
	 * be reached or signed in with.
	 */
	void erase(Instant now) {
		this.email = "erased-" + this.id + "@erased.invalid";
		this.phone = null;
		this.contactByEmail = false;
		this.contactBySms = false;
		this.healthConsentAt = null;
		this.healthConsentZone = null;
		if (this.healthConsentWithdrawnAt == null) {
			this.healthConsentWithdrawnAt = now;
		}
		this.erasedAt = now;
	}

	ClientId id() {
		return new ClientId(this.id);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	ClinicId clinicId() {
		return new ClinicId(this.clinicId);
	}

	SleepSchedule sleep() {
		return new SleepSchedule(this.workdaySleepStart, this.offdaySleepStart,
				SleepSchedule.workdaysFromColumn(this.workdays),
				ShiftPattern.fromCode(this.shiftPattern).orElseThrow());
	}

	ClientProfile toProfile() {
		Optional<HealthDataConsent> consent = Optional.ofNullable(this.healthConsentAt)
			.map((at) -> new HealthDataConsent(at, TimeZones.read(this.healthConsentZone)));
		return new ClientProfile(id(), clinicId(), this.name, this.email, this.phone, this.dateOfBirth,
				TimeZones.read(this.timeZone), sleep(), new ContactPreferences(this.contactByEmail, this.contactBySms),
				consent, this.healthConsentWithdrawnAt, this.erasedAt);
	}

}
