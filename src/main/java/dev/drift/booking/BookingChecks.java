package dev.drift.booking;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.ClinicProfile;
import dev.drift.people.Skill;
import dev.drift.people.TherapistId;
import dev.drift.people.TherapistProfile;
import dev.drift.people.People;
import dev.drift.shared.ConflictException;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a booking and a move both check, in this order: the service, the screening gate
 * (asked once, handing on the skills it requires), the therapist and their skills, hours
 * and horizon, and finally — under the booking locks — that the time is free of
 * appointments and of other clients' holds.
 */
@Component
class BookingChecks {

	private final Catalogue catalogue;

	private final People people;

	private final TreatmentGate gate;

	private final SlotRules rules;

	private final AppointmentStore store;

	private final ObjectProvider<HeldSlots> holds;

	BookingChecks(Catalogue catalogue, People people, TreatmentGate gate, SlotRules rules, AppointmentStore store,
			ObjectProvider<HeldSlots> holds) {
		this.catalogue = catalogue;
		this.people = people;
		this.gate = gate;
		this.rules = rules;
		this.store = store;
		this.holds = holds;
	}

	ServiceView activeService(ClinicId clinic, String code) {
		return this.catalogue.find(clinic, code)
			.filter(ServiceView::active)
			.orElseThrow(() -> new InvalidInputException("VALIDATION_FAILED", "Unknown service",
					List.of(new FieldProblem("service", "UnknownService", "No such service"))));
	}

	/** A service by code, active or not (an existing appointment's). */
	ServiceView service(ClinicId clinic, String code) {
		return this.catalogue.find(clinic, code).orElseThrow(() -> new NotFoundException("Service"));
	}

	BookingSettings settings(ClinicId clinic) {
		return this.catalogue.settings(clinic);
	}

	/**
	 * The therapist who may give this service to this client at {@code start}: the
	 * screening must allow it (422 SCREENING_BLOCKS) and the therapist must have the
	 * skills it asks for (422 SKILL_REQUIRED), work then, and the time must be bookable.
	 */
	TherapistProfile therapist(Actor actor, ClinicProfile clinic, TherapistId id, ClientId client, ServiceView service,
			BookingSettings settings, Instant start, Instant now) {
		TherapistProfile therapist = this.people.therapist(actor, id);
		Set<Skill> needed = this.gate.requireAllowed(client, service, start);
		if (SlotRules.qualified(List.of(therapist), needed).isEmpty()) {
			throw new RuleViolationException("SKILL_REQUIRED",
					"This therapist does not offer the care your screening asks for");
		}
		this.rules.requireBookable(clinic, therapist, service, settings, start, now);
		return therapist;
	}

	/** Refuses (409 SLOT_TAKEN) a span that clashes or that another client holds. */
	void requireFree(Appointment appointment, UUID except, Instant now) {
		if (this.store.clashes(appointment.therapistId(), appointment.clientId(), appointment.start(),
				appointment.blockedUntil(), except)
				|| held().heldByOthers(appointment.therapistId(), appointment.clientId(), appointment.start(),
						appointment.blockedUntil(), now)) {
			throw new ConflictException("SLOT_TAKEN", "That time is no longer free");
		}
	}

	HeldSlots held() {
		return this.holds.getIfAvailable(() -> HeldSlots.NONE);
	}

}
