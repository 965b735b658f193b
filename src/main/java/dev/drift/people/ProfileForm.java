package dev.drift.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.drift.shared.TimeZones;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The client's own profile page: details, contact preferences and sleep schedule. Every
 * field is text, so whatever a browser posts binds and the page can show it again with
 * its messages.
 */
record ProfileForm(@NotBlank(message = "{profile.name.required}") @Size(max = 120) String name,
		@Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "{profile.phone.invalid}") String phone,
		@Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?", message = "{profile.dateOfBirth.invalid}") String dateOfBirth,
		@NotBlank(message = "{profile.timeZone.required}") String timeZone, String contactByEmail, String contactBySms,
		@NotBlank(message = "{sleep.time.required}") @Pattern(regexp = SleepScheduleForm.TIME,
				message = "{sleep.time.invalid}") String workdayMainSleepStart,
		@NotBlank(message = "{sleep.time.required}") @Pattern(regexp = SleepScheduleForm.TIME,
				message = "{sleep.time.invalid}") String offdayMainSleepStart,
		List<@NotNull @Pattern(regexp = SleepScheduleForm.WEEKDAY,
				message = "{sleep.workdays.invalid}") String> workdays,
		@NotBlank(message = "{sleep.shift.required}") @Pattern(regexp = SleepScheduleForm.SHIFT,
				message = "{sleep.shift.invalid}") String shiftPattern) {

	static ProfileForm of(ClientProfile client) {
		SleepScheduleForm sleep = SleepScheduleForm.of(client.sleep());
		return new ProfileForm(client.name(), client.phone() == null ? "" : client.phone(),
				client.dateOfBirth() == null ? "" : client.dateOfBirth().toString(), client.timeZone().getId(),
				Boolean.toString(client.contact().byEmail()), Boolean.toString(client.contact().bySms()),
				sleep.workdayMainSleepStart(), sleep.offdayMainSleepStart(), sleep.workdays(), sleep.shiftPattern());
	}

	boolean hasValidZone() {
		return TimeZones.accepted(this.timeZone);
	}

	public boolean hasWorkday(String day) {
		return this.workdays != null && this.workdays.contains(day);
	}

	LocalDate parsedDateOfBirth() {
		return this.dateOfBirth == null || this.dateOfBirth.isBlank() ? null : LocalDate.parse(this.dateOfBirth);
	}

	ClientDetails toDetails() {
		return new ClientDetails(this.name, this.phone, parsedDateOfBirth(), ZoneId.of(this.timeZone),
				new ContactPreferences("true".equals(this.contactByEmail), "true".equals(this.contactBySms)));
	}

	SleepSchedule toSchedule() {
		return new SleepScheduleForm(this.workdayMainSleepStart, this.offdayMainSleepStart,
				this.workdays == null ? List.of() : this.workdays, this.shiftPattern)
			.toSchedule();
	}

}
