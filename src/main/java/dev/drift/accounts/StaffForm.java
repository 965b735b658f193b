package dev.drift.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The admin's form for a new staff account.
 */
record StaffForm(@NotBlank(message = "{staff.name.required}") @Size(max = 120) String name,
		@NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.invalid}") @Size(
				max = 254) String email,
		@NotBlank @Pattern(regexp = "THERAPIST|ADMIN", message = "{staff.role.invalid}") String role,
		@AcceptablePassword String password) {

	static StaffForm empty() {
		return new StaffForm("", "", "THERAPIST", "");
	}

}
