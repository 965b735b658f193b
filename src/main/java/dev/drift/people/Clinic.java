package dev.drift.people;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.drift.shared.TimeZones;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A clinic: the tenant every other record belongs to.
 */
@Table("people_clinic")
class Clinic {

	@Id
	private final UUID id;

	@Version
	private Long version;

	private String name;

	private String timeZone;

	private String localeTag;

	private String currency;

	private String urgentAdviceNumber;

	private String emergencyNumber;

	private int inactivityTimeoutMinutes;

	private boolean staffMfaRequired;

	private String phone;

	private String address;

	private final Instant createdAt;

	@MappedCollection(idColumn = "clinic_id")
	private Set<OpeningHours> openingHours;

	@PersistenceCreator
	Clinic(UUID id, Long version, String name, String timeZone, String localeTag, String currency,
			String urgentAdviceNumber, String emergencyNumber, int inactivityTimeoutMinutes, boolean staffMfaRequired,
			String phone, String address, Instant createdAt, Set<OpeningHours> openingHours) {
		this.id = id;
		this.version = version;
		this.name = name;
		this.timeZone = timeZone;
		this.localeTag = localeTag;
		this.currency = currency;
		this.urgentAdviceNumber = urgentAdviceNumber;
		this.emergencyNumber = emergencyNumber;
		this.inactivityTimeoutMinutes = inactivityTimeoutMinutes;
		this.staffMfaRequired = staffMfaRequired;
		this.phone = phone;
		this.address = address;
		this.createdAt = createdAt;
		this.openingHours = openingHours;
	}

	static Clinic open(ClinicDetails details, Instant now) {
		Clinic clinic = new Clinic(UUID.randomUUID(), null, null, null, null, null, null, null, 0, true, null, null,
				now, Set.of());
		clinic.change(details);
		return clinic;
	}

	void change(ClinicDetails details) {
		this.name = details.name().strip();
		this.timeZone = TimeZones.canonical(details.timeZone()).getId();
		this.localeTag = details.locale().toLanguageTag();
		this.currency = details.currency();
		this.urgentAdviceNumber = details.emergencyNumbers().urgentAdvice();
		this.emergencyNumber = details.emergencyNumbers().emergency();
		this.inactivityTimeoutMinutes = details.settings().inactivityTimeoutMinutes();
		this.staffMfaRequired = details.settings().staffMfaRequired();
		this.openingHours = new LinkedHashSet<>(details.openingHours());
		this.phone = details.contact().phone();
		this.address = details.contact().address();
	}

	/** The profile, with the version of the row it was read from. */
	ProfileReads.Kept<ClinicProfile> versionedProfile() {
		return new ProfileReads.Kept<>(this.version, toProfile());
	}

	ClinicProfile toProfile() {
		List<OpeningHours> hours = this.openingHours.stream()
			.sorted(Comparator.comparing(OpeningHours::dayOfWeek))
			.toList();
		return new ClinicProfile(new ClinicId(this.id), this.name, TimeZones.read(this.timeZone),
				Locale.forLanguageTag(this.localeTag), this.currency,
				new EmergencyNumbers(this.urgentAdviceNumber, this.emergencyNumber), hours,
				new ClinicSettings(this.inactivityTimeoutMinutes, this.staffMfaRequired),
				new ClinicDetails.Contact(this.phone, this.address));
	}

}
