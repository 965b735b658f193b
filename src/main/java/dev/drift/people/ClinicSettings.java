package dev.drift.people;

/**
 * Settings a clinic can change. Later modules add their settings here.
 *
 * @param inactivityTimeoutMinutes signed-in pages log out after this much inactivity
 * @param staffMfaRequired therapists and admins sign in with a second factor (on for new
 * clinics, off in the demo clinic)
 */
public record ClinicSettings(int inactivityTimeoutMinutes, boolean staffMfaRequired) {

	public static final int DEFAULT_INACTIVITY_TIMEOUT_MINUTES = 30;

	public ClinicSettings {
		if (inactivityTimeoutMinutes < 5 || inactivityTimeoutMinutes > 720) {
			throw new IllegalArgumentException("The inactivity timeout must be between 5 and 720 minutes");
		}
	}

	public static ClinicSettings defaults() {
		return new ClinicSettings(DEFAULT_INACTIVITY_TIMEOUT_MINUTES, true);
	}

	/**
	 * These settings with the staff's second factor not required (e.g. the demo clinic).
	 */
	public ClinicSettings withoutStaffMfa() {
		return new ClinicSettings(this.inactivityTimeoutMinutes, false);
	}

}
