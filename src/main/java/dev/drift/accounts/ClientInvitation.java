package dev.drift.accounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A client added by staff at the front desk. The client agreed, with the staff member, to
 * the processing of their health data (recorded with the time of adding); they receive an
 * email with a link to set their password.
 */
public record ClientInvitation(String name, String email, String phone, LocalDate dateOfBirth, ZoneId timeZone) {

	public ClientInvitation {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(timeZone, "timeZone");
	}

}
