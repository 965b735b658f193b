package dev.drift.accounts;

import jakarta.validation.constraints.NotBlank;

/**
 * The account page's change-password form.
 */
record PasswordForm(@NotBlank(message = "{password.current.required}") String currentPassword,
		@AcceptablePassword String newPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "");
	}

}
