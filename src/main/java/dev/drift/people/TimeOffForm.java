package dev.drift.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * Days off for a therapist, first and last day included, as the admin's form sends them
 * (also read by the front desk, which saves time off after its clashes are decided).
 */
public record TimeOffForm(
		@NotBlank(message = "{timeOff.day.required}") @Pattern(regexp = DATE,
				message = "{timeOff.day.invalid}") String firstDay,
		@NotBlank(message = "{timeOff.day.required}") @Pattern(regexp = DATE,
				message = "{timeOff.day.invalid}") String lastDay,
		@Size(max = 200, message = "{timeOff.note.tooLong}") @Pattern(regexp = "[^\\p{Cntrl}]*",
				message = "{timeOff.note.invalid}") String note) {

	static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

	public static TimeOffForm empty() {
		return new TimeOffForm("", "", "");
	}

	public void validate(Errors errors) {
		if (errors.hasErrors()) {
			return;
		}
		try {
			if (LocalDate.parse(this.lastDay).isBefore(LocalDate.parse(this.firstDay))) {
				errors.rejectValue("lastDay", "timeOff.order");
			}
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.rejectValue("firstDay", "timeOff.day.invalid");
		}
	}

	public TimeOff toTimeOff() {
		return new TimeOff(LocalDate.parse(this.firstDay), LocalDate.parse(this.lastDay),
				this.note == null || this.note.isBlank() ? null : this.note.strip());
	}

}
