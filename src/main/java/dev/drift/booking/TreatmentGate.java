package dev.drift.booking;

import java.time.Instant;
import java.util.Set;

import dev.drift.intake.Intake;
import dev.drift.intake.TreatmentDecision;
import dev.drift.people.ClientId;
import dev.drift.people.Skill;
import dev.drift.shared.RuleViolationException;

import org.springframework.context.event.EventListener;
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

	TreatmentGate(Intake intake) {
		this.intake = intake;
	}

	/**
	 * Asks intake once whether the client may have this service at {@code start}: refuses
	 * (422 SCREENING_BLOCKS, with intake's localized message, which names what to do and
	 * never the health reason) a treatment the screening does not allow, and answers the
	 * skills the therapist must have. The online consultation never asks.
	 */
	Set<Skill> requireAllowed(ClientId client, ServiceView service, Instant start) {
		if (!service.isTreatment()) {
			return Set.of();
		}
		TreatmentDecision decision = this.intake.treatmentAllowed(client, start);
		if (!decision.allowed()) {
			throw new RuleViolationException("SCREENING_BLOCKS", decision.message());
		}
		return decision.requiredSkills();
	}

	/**
	 * The skills a therapist needs to be offered to this client for a treatment, as the
	 * screening stands at {@code at} (availability asks once per search).
	 */
	Set<Skill> requiredSkills(ClientId client, Instant at) {
		return this.intake.treatmentAllowed(client, at).requiredSkills();
	}

	/** A booked treatment gets its "has anything changed?" re-check 48 hours before. */
	@EventListener
	void on(AppointmentBooked booked) {
		AppointmentView appointment = booked.appointment();
		if (!appointment.online()) {
			this.intake.requestRecheck(appointment.clientId(), appointment.id(), appointment.start().toInstant());
		}
	}

}
