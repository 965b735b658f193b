package dev.drift.accounts;

import java.util.Objects;

import dev.drift.people.Role;

/**
 * A staff account an admin creates: a therapist (who also gets a therapist profile) or
 * another admin.
 */
public record NewStaff(String name, String email, Role role, String password) {

	public NewStaff {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(password, "password");
	}

}
