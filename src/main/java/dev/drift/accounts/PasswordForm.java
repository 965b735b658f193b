package dev.drift.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The account page's change-password form.
 */
record PasswordForm(@NotBlank(message = "{password.current.required}") String currentPassword,
		@NotNull(message = "{signup.password.length}") @Size(min = Credentials.MIN_PASSWORD_LENGTH,
				max = Credentials.MAX_PASSWORD_LENGTH, message = "{signup.password.length}") String newPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "");
	}

}
