package dev.drift.people;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import dev.drift.shared.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A therapist of a clinic, with weekly hours and time off.
 */
@Table("people_therapist")
class Therapist {

	@Id
	private final UUID id;

	@Version
	private Long version;

	private final UUID clinicId;

	private String name;

	private String bio;

	private String skills;

	@MappedCollection(idColumn = "therapist_id")
	private Set<WorkingDay> workingDays;

	@MappedCollection(idColumn = "therapist_id")
	private Set<TimeOff> timeOff;

	@PersistenceCreator
	Therapist(UUID id, Long version, UUID clinicId, String name, String bio, String skills, Set<WorkingDay> workingDays,
			Set<TimeOff> timeOff) {
		this.id = id;
		this.version = version;
		this.clinicId = clinicId;
		this.name = name;
		this.bio = bio;
		this.skills = skills;
		this.workingDays = workingDays;
		this.timeOff = timeOff;
	}

	static Therapist join(ClinicId clinic, TherapistDetails details) {
		Therapist therapist = new Therapist(UUID.randomUUID(), null, clinic.value(), null, null, null, Set.of(),
				new LinkedHashSet<>());
		therapist.change(details);
		return therapist;
	}

	void change(TherapistDetails details) {
		this.name = details.name().strip();
		this.bio = details.bio();
		this.skills = Skill.toColumn(details.skills());
		this.workingDays = new LinkedHashSet<>(details.workingDays());
	}

	void takeTimeOff(TimeOff off) {
		if (this.timeOff.stream().anyMatch((planned) -> planned.overlaps(off))) {
			throw new RuleViolationException("TIME_OFF_OVERLAPS", "This time off overlaps time off already planned");
		}
		this.timeOff = new LinkedHashSet<>(this.timeOff);
		this.timeOff.add(off);
	}

	boolean cancelTimeOff(TimeOff off) {
		this.timeOff = new LinkedHashSet<>(this.timeOff);
		return this.timeOff.remove(off);
	}

	ClinicId clinicId() {
		return new ClinicId(this.clinicId);
	}

	/** The profile, with the version of the row it was read from. */
	ProfileReads.Kept<TherapistProfile> versionedProfile() {
		return new ProfileReads.Kept<>(this.version, toProfile());
	}

	TherapistProfile toProfile() {
		return new TherapistProfile(new TherapistId(this.id), new ClinicId(this.clinicId), this.name, this.bio,
				Skill.fromColumn(this.skills),
				this.workingDays.stream().sorted(Comparator.comparing(WorkingDay::dayOfWeek)).toList(),
				this.timeOff.stream().sorted(Comparator.comparing(TimeOff::firstDay)).toList());
	}

}
