package dev.drift.people;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The client's own profile page: details, contact preferences and sleep schedule.
 */
record ProfileForm(@NotBlank(message = "{profile.name.required}") @Size(max = 120) String name,
		@Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "{profile.phone.invalid}") String phone,
		@Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?", message = "{profile.dateOfBirth.invalid}") String dateOfBirth,
		@NotBlank(message = "{profile.timeZone.required}") String timeZone, Boolean contactByEmail,
		Boolean contactBySms, @Valid SleepScheduleForm sleep) {

	static ProfileForm of(ClientProfile client) {
		return new ProfileForm(client.name(), client.phone() == null ? "" : client.phone(),
				client.dateOfBirth() == null ? "" : client.dateOfBirth().toString(), client.timeZone().getId(),
				client.contact().byEmail(), client.contact().bySms(), SleepScheduleForm.of(client.sleep()));
	}

	boolean hasValidZone() {
		return this.timeZone != null && ZoneId.getAvailableZoneIds().contains(this.timeZone);
	}

	LocalDate parsedDateOfBirth() {
		return this.dateOfBirth == null || this.dateOfBirth.isBlank() ? null : LocalDate.parse(this.dateOfBirth);
	}

	ClientDetails toDetails() {
		return new ClientDetails(this.name, this.phone, parsedDateOfBirth(), ZoneId.of(this.timeZone),
				new ContactPreferences(Boolean.TRUE.equals(this.contactByEmail),
						Boolean.TRUE.equals(this.contactBySms)));
	}

}
