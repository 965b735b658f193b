package dev.drift.booking;

import java.util.Set;

import dev.drift.people.ClientId;
import dev.drift.people.Skill;
import dev.drift.shared.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * The screening gate: the ONE place booking asks intake whether a client may be treated.
 * A treatment (every service but the online consultation) needs intake's
 * {@code treatmentAllowed}; a client whose screening demands a skill (prenatal, oncology)
 * is only offered therapists with it.
 * <p>
 * MERGE: until the intake module is on main this allows every treatment and demands no
 * skill. At merge, add "intake" to {@code package-info.java}, inject intake's facade here
 * and replace the two marked bodies; nothing else in booking changes.
 */
@Component
class TreatmentGate {

	/**
	 * Refuses (422 SCREENING_BLOCKS) a treatment the client's screening does not allow.
	 */
	void requireAllowed(ClientId client, ServiceView service) {
		if (service.isTreatment() && !treatmentAllowed(client)) {
			throw new RuleViolationException("SCREENING_BLOCKS",
					"Your health screening needs attention before a treatment can be booked; a consultation is possible");
		}
	}

	boolean treatmentAllowed(ClientId client) {
		return true; // MERGE: return this.intake.treatmentAllowed(client);
	}

	/** Skills a therapist must have to treat this client. */
	Set<Skill> requiredSkills(ClientId client) {
		return Set.of(); // MERGE: the THERAPIST_SKILL modifications of the client's
							// screening
	}

}
