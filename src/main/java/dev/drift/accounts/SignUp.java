package dev.drift.accounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import dev.drift.people.ClinicId;
import dev.drift.people.SleepSchedule;

/**
 * A client signing up: they must consent to the processing of their health data.
 */
public record SignUp(ClinicId clinic, String name, String email, String password, ZoneId timeZone, SleepSchedule sleep,
		boolean healthDataConsent, String phone, LocalDate dateOfBirth) {

	public SignUp(ClinicId clinic, String name, String email, String password, ZoneId timeZone, boolean consent) {
		this(clinic, name, email, password, timeZone, null, consent, null, null);
	}

	public SignUp {
		Objects.requireNonNull(clinic, "clinic");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(password, "password");
		Objects.requireNonNull(timeZone, "timeZone");
		sleep = sleep == null ? SleepSchedule.usual() : sleep;
	}

}
