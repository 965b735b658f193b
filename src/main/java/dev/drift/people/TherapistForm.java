package dev.drift.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The admin's page for one therapist: profile, skills and weekly hours with breaks.
 */
record TherapistForm(@NotBlank(message = "{therapist.name.required}") @Size(max = 120) String name,
		@Size(max = 1000) String bio, List<String> skills, List<DayHoursForm> hours) {

	static TherapistForm of(TherapistProfile therapist) {
		return new TherapistForm(therapist.name(), therapist.bio(),
				therapist.skills().stream().map(Skill::code).toList(),
				DayHoursForm.week((day) -> therapist.hoursOn(day).map(DayHoursForm::of)));
	}

	void validate(Errors errors) {
		if (!chosenSkills().stream().allMatch((code) -> code.matches("prenatal|oncology|lymphatic"))) {
			errors.rejectValue("skills", "therapist.skills.invalid");
		}
		DayHoursForm.validateWeek(this.hours, true, errors);
	}

	/**
	 * The skill codes ticked; the page also posts an empty value so that none is
	 * possible.
	 */
	private List<String> chosenSkills() {
		return this.skills == null ? List.of()
				: this.skills.stream().filter((code) -> code != null && !code.isBlank()).toList();
	}

	TherapistDetails toDetails() {
		Set<Skill> chosen = chosenSkills().stream()
			.map((code) -> Skill.valueOf(code.toUpperCase(Locale.ROOT)))
			.collect(Collectors.toSet());
		return new TherapistDetails(this.name, this.bio, chosen,
				this.hours.stream().filter(DayHoursForm::isOpen).map(DayHoursForm::toWorkingDay).toList());
	}

}
