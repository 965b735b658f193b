package dev.drift.people;

/**
 * What an account may do; always scoped to one clinic.
 */
public enum Role {

	CLIENT, THERAPIST, ADMIN;

	public boolean isStaff() {
		return this != CLIENT;
	}

}
