package dev.drift.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.drift.intake.Intake;
import dev.drift.intake.TreatmentDecision;
import dev.drift.people.ClientId;
import dev.drift.people.Skill;
import dev.drift.shared.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * The screening gate: the one place booking asks intake whether a client may be treated.
 * A treatment (every service but the online consultation) needs intake's
 * {@code treatmentAllowed} at the appointment's start; a client whose screening demands a
 * skill (prenatal, oncology) is only offered therapists with it. A booked treatment asks
 * intake for the per-visit re-check.
 */
@Component
class TreatmentGate {

	private final Intake intake;

	private final Clock clock;

	TreatmentGate(Intake intake, Clock clock) {
		this.intake = intake;
		this.clock = clock;
	}

	/**
	 * Refuses (422 SCREENING_BLOCKS) a treatment the client's screening does not allow at
	 * {@code start}. The message names what to do, never the health reason.
	 */
	void requireAllowed(ClientId client, ServiceView service, Instant start) {
		if (!service.isTreatment()) {
			return;
		}
		TreatmentDecision decision = this.intake.treatmentAllowed(client, start);
		if (!decision.allowed()) {
			throw new RuleViolationException("SCREENING_BLOCKS", message(decision.reason()));
		}
	}

	/** Skills a therapist must have to treat this client. */
	Set<Skill> requiredSkills(ClientId client) {
		return this.intake.treatmentAllowed(client, this.clock.instant()).requiredSkills();
	}

	/** A booked treatment gets its "has anything changed?" re-check 48 hours before. */
	void treatmentBooked(ClientId client, ServiceView service, UUID appointmentId, Instant start) {
		if (service.isTreatment()) {
			this.intake.requestRecheck(client, appointmentId, start);
		}
	}

	private static String message(TreatmentDecision.Reason reason) {
		return switch (reason) {
			case NO_INTAKE ->
				"Please answer the health questions before booking a treatment; a consultation is possible";
			case CLEARANCE_REQUIRED ->
				"Your health screening needs your doctor's OK before a treatment can be booked; a consultation is possible";
			case DEFER -> "Your health screening asks you to wait before a treatment; a consultation is possible";
			case URGENT -> "Your health screening asks you to seek advice first; a consultation is possible";
			case ALLOWED -> "Allowed";
		};
	}

}
