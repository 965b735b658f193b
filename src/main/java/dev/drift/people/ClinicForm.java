package dev.drift.people;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.drift.shared.TimeZones;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The admin's clinic page: details, emergency numbers, settings and opening hours.
 */
record ClinicForm(@NotBlank(message = "{clinic.name.required}") @Size(max = 120) String name,
		@NotBlank(message = "{clinic.timeZone.required}") String timeZone,
		@NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "{clinic.locale.invalid}") String locale,
		@NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{clinic.currency.invalid}") String currency,
		@Size(max = 40) @Pattern(regexp = "[0-9+ ]*", message = "{clinic.number.invalid}") String urgentAdviceNumber,
		@Size(max = 40) @Pattern(regexp = "[0-9+ ]*", message = "{clinic.number.invalid}") String emergencyNumber,
		@NotBlank @Pattern(regexp = "[0-9]{1,3}", message = "{clinic.timeout.invalid}") String inactivityTimeoutMinutes,
		String staffMfaRequired, List<DayHoursForm> hours,
		@Size(max = 40, message = "{clinic.phone.tooLong}") @Pattern(regexp = PHONE,
				message = "{clinic.phone.invalid}") String phone,
		@Size(max = 300, message = "{clinic.address.tooLong}") @Pattern(regexp = ADDRESS,
				message = "{clinic.address.invalid}") String address) {

	/** Digits with spaces, brackets, dashes and a leading +, or nothing. */
	static final String PHONE = "(\\+?[0-9 ()-]*[0-9][0-9 ()-]*)?";

	/** Any text over one or more lines, without other control characters. */
	static final String ADDRESS = "[^\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	static ClinicForm of(ClinicProfile clinic) {
		return new ClinicForm(clinic.name(), clinic.timeZone().getId(), clinic.locale().toLanguageTag(),
				clinic.currency(), clinic.emergencyNumbers().urgentAdvice(), clinic.emergencyNumbers().emergency(),
				Integer.toString(clinic.settings().inactivityTimeoutMinutes()),
				Boolean.toString(clinic.settings().staffMfaRequired()),
				DayHoursForm.week((day) -> clinic.hoursOn(day).map(DayHoursForm::of)), clinic.contact().phone(),
				clinic.contact().address());
	}

	void validate(Errors errors) {
		if (this.timeZone != null && !this.timeZone.isBlank() && !TimeZones.accepted(this.timeZone)) {
			errors.rejectValue("timeZone", "clinic.timeZone.invalid");
		}
		if (!errors.hasFieldErrors("inactivityTimeoutMinutes")) {
			int minutes = Integer.parseInt(this.inactivityTimeoutMinutes);
			if (minutes < 5 || minutes > 720) {
				errors.rejectValue("inactivityTimeoutMinutes", "clinic.timeout.invalid");
			}
		}
		DayHoursForm.validateWeek(this.hours, false, errors);
	}

	ClinicDetails toDetails() {
		List<OpeningHours> open = new ArrayList<>();
		this.hours.stream().filter(DayHoursForm::isOpen).map(DayHoursForm::toOpeningHours).forEach(open::add);
		return new ClinicDetails(this.name, ZoneId.of(this.timeZone), Locale.forLanguageTag(this.locale), this.currency,
				new EmergencyNumbers(blankToNull(this.urgentAdviceNumber), blankToNull(this.emergencyNumber)), open,
				new ClinicSettings(Integer.parseInt(this.inactivityTimeoutMinutes),
						"true".equals(this.staffMfaRequired)),
				new ClinicDetails.Contact(this.phone, this.address));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
