package dev.drift.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sign-up page.
 */
record SignUpForm(@NotBlank(message = "{signup.name.required}") @Size(max = 120) String name,
		@NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.invalid}") @Size(
				max = 254) String email,
		@AcceptablePassword String password, String timeZone, String clinicId, String healthDataConsent) {

	public boolean consents() {
		return "true".equals(this.healthDataConsent);
	}

	static SignUpForm empty(String timeZone, String clinicId) {
		return new SignUpForm("", "", "", timeZone, clinicId, "");
	}

}
