package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A therapist as other modules and pages see it.
 */
public record TherapistProfile(TherapistId id, ClinicId clinicId, String name, String bio, Set<Skill> skills,
		List<WorkingDay> workingDays, List<TimeOff> timeOff) {

	public Optional<WorkingDay> hoursOn(DayOfWeek day) {
		return this.workingDays.stream().filter((hours) -> hours.dayOfWeek() == day).findFirst();
	}

	public boolean isAwayOn(LocalDate day) {
		return this.timeOff.stream().anyMatch((off) -> off.covers(day));
	}

	public boolean has(Skill skill) {
		return this.skills.contains(skill);
	}

}
