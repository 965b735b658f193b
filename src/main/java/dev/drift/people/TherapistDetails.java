package dev.drift.people;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an admin sets about a therapist.
 */
public record TherapistDetails(String name, String bio, Set<Skill> skills, List<WorkingDay> workingDays) {

	public TherapistDetails {
		Objects.requireNonNull(name, "name");
		bio = bio == null ? "" : bio.strip();
		skills = Set.copyOf(skills);
		workingDays = List.copyOf(workingDays);
		if (workingDays.stream().map(WorkingDay::dayOfWeek).distinct().count() != workingDays.size()) {
			throw new IllegalArgumentException("One set of working hours per weekday");
		}
	}

}
