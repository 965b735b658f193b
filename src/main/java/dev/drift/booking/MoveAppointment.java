package dev.drift.booking;

import java.time.Clock;
import java.time.Instant;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClinicProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves an appointment to a new start (and therapist) under the same locks and checks as
 * a booking.
 */
@Component
class MoveAppointment {

	private final BookingLocks locks;

	private final BookingChecks checks;

	private final AppointmentStore store;

	private final People people;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MoveAppointment(BookingLocks locks, BookingChecks checks, AppointmentStore store, People people, AuditLog audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.locks = locks;
		this.checks = checks;
		this.store = store;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	AppointmentView reschedule(Actor actor, Appointment current, Instant start, TherapistId newTherapist) {
		TherapistId target = newTherapist == null ? current.therapistId() : newTherapist;
		try {
			return this.transaction.execute((status) -> moveLocked(actor, current, start, target));
		}
		catch (DataIntegrityViolationException ex) {
			throw BookAppointment.slotTaken(ex);
		}
	}

	private AppointmentView moveLocked(Actor actor, Appointment current, Instant start, TherapistId target) {
		this.locks.lock(actor.clinicId(), current.therapistId().value(), target.value(), current.clientId().value());
		Appointment fresh = this.store.find(current.id()).orElseThrow(() -> new NotFoundException("Appointment"));
		Instant now = this.clock.instant();
		ClinicProfile clinic = this.people.clinic(actor.clinicId());
		ServiceView service = this.checks.service(actor.clinicId(), fresh.serviceCode());
		this.checks.therapist(actor, clinic, target, fresh.clientId(), service, this.checks.settings(actor.clinicId()),
				start, now);
		Appointment moved = fresh.moveTo(start, target, now);
		this.checks.requireFree(moved, moved.id(), now);
		this.store.update(moved);
		this.audit.record(actor.audit("APPOINTMENT_RESCHEDULED", moved.clientId()));
		AppointmentView before = fresh.toView(clinic.timeZone());
		AppointmentView view = moved.toView(clinic.timeZone());
		this.events.publishEvent(new AppointmentRescheduled(before, view));
		return view;
	}

}
