package dev.drift.people;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.LinkedHashMap;

import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapists of a clinic: their profile, skills, weekly hours and time off.
 */
@Service
@Transactional
class Therapists {

	private final TherapistRepository therapists;

	Therapists(TherapistRepository therapists) {
		this.therapists = therapists;
	}

	/** Adds a therapist to a clinic; called when their staff account is created. */
	public TherapistProfile join(ClinicId clinic, TherapistDetails details) {
		return this.therapists.save(Therapist.join(clinic, details)).toProfile();
	}

	@Transactional(readOnly = true)
	public List<TherapistProfile> of(ClinicId clinic) {
		return this.therapists.findByClinicIdOrderByName(clinic.value()).stream().map(Therapist::toProfile).toList();
	}

	/** The clinic's therapists' names by id, for pages that show many appointments. */
	@Transactional(readOnly = true)
	public Map<TherapistId, String> names(ClinicId clinic) {
		return of(clinic).stream()
			.collect(Collectors.toMap(TherapistProfile::id, TherapistProfile::name, (a, b) -> a, LinkedHashMap::new));
	}

	@Transactional(readOnly = true)
	public TherapistProfile get(Actor actor, TherapistId id) {
		return visible(actor, id).toProfile();
	}

	public TherapistProfile change(Actor actor, TherapistId id, TherapistDetails details) {
		Therapist therapist = editable(actor, id);
		therapist.change(details);
		return this.therapists.save(therapist).toProfile();
	}

	public TherapistProfile takeTimeOff(Actor actor, TherapistId id, TimeOff off) {
		Therapist therapist = editable(actor, id);
		therapist.takeTimeOff(off);
		return this.therapists.save(therapist).toProfile();
	}

	public TherapistProfile cancelTimeOff(Actor actor, TherapistId id, TimeOff off) {
		Therapist therapist = editable(actor, id);
		if (!therapist.cancelTimeOff(off)) {
			throw new NotFoundException("Time off");
		}
		return this.therapists.save(therapist).toProfile();
	}

	private Therapist visible(Actor actor, TherapistId id) {
		return this.therapists.findById(id.value())
			.filter((therapist) -> therapist.clinicId().equals(actor.clinicId()))
			.orElseThrow(() -> new NotFoundException("Therapist"));
	}

	private Therapist editable(Actor actor, TherapistId id) {
		actor.requireAdmin();
		return visible(actor, id);
	}

}
