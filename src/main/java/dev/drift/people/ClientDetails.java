package dev.drift.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The profile fields a client (or staff) can change.
 */
public record ClientDetails(String name, String phone, LocalDate dateOfBirth, ZoneId timeZone,
		ContactPreferences contact) {

	public ClientDetails {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(contact, "contact");
		name = name.strip();
		phone = phone == null || phone.isBlank() ? null : phone.strip();
	}

}
