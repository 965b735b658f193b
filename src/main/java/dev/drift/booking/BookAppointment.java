package dev.drift.booking;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.ClinicProfile;
import dev.drift.people.TherapistProfile;
import dev.drift.shared.ConflictException;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books without ever double-booking, in one transaction: the client is reached (and
 * loaded) once, the therapist's and the client's lock rows are locked, the checks run
 * (the screening gate asked once) and the appointment is written with its audit row,
 * mails and re-check. On PostgreSQL the exclusion constraints are a second guard; their
 * violation is the same 409 SLOT_TAKEN.
 */
@Component
class BookAppointment {

	private final BookingLocks locks;

	private final BookingChecks checks;

	private final AppointmentStore store;

	private final IdempotencyStore idempotency;

	private final People people;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	BookAppointment(BookingLocks locks, BookingChecks checks, AppointmentStore store, IdempotencyStore idempotency,
			People people, AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.locks = locks;
		this.checks = checks;
		this.store = store;
		this.idempotency = idempotency;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	Booked book(Actor actor, BookingRequest request, String idempotencyKey) {
		String key = IdempotencyStore.key(idempotencyKey);
		if (request.clientId() == null) {
			throw new InvalidInputException("VALIDATION_FAILED", "Say who the appointment is for",
					List.of(new FieldProblem("clientId", "NotNull", "Required")));
		}
		try {
			return this.transaction.execute((status) -> bookLocked(actor, request, key));
		}
		catch (DataIntegrityViolationException ex) {
			if (key != null) {
				Optional<Booked> first = repeated(actor, key);
				if (first.isPresent()) {
					return first.get();
				}
			}
			throw slotTaken(ex);
		}
	}

	private Booked bookLocked(Actor actor, BookingRequest request, String key) {
		ClientProfile client = this.people.reach(actor, request.clientId(), "CLIENT_PROFILE_READ");
		this.locks.lock(actor.clinicId(), request.therapistId().value(), client.id().value());
		if (key != null) {
			Optional<Booked> earlier = repeated(actor, key);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		Instant now = this.clock.instant();
		ClinicProfile clinic = this.people.clinic(actor.clinicId());
		ServiceView service = this.checks.activeService(actor.clinicId(), request.service());
		BookingSettings settings = this.checks.settings(actor.clinicId());
		TherapistProfile therapist = this.checks.therapist(actor, clinic, request.therapistId(), client.id(), service,
				settings, request.start(), now);
		Appointment appointment = Appointment.book(actor.clinicId(), client.id(), therapist.id(), service,
				contact(request, client), request.start(), settings.buffer(), clinic.timeZone(), now);
		this.checks.requireFree(appointment, appointment.id(), now);
		this.store.insert(appointment);
		if (key != null) {
			this.idempotency.remember(actor, key, appointment.id(), now);
		}
		this.audit.record(actor.audit("APPOINTMENT_BOOKED", appointment.clientId()));
		AppointmentView view = appointment.toView(clinic.timeZone());
		this.events.publishEvent(new AppointmentBooked(view));
		return new Booked(view, true);
	}

	/**
	 * An appointment that already took place, brought in as history (from before Drift,
	 * or the demo): admin only, in the past, still never overlapping another; no emails
	 * and no screening re-check (the session is over), audited as recorded.
	 */
	Booked recordHeld(Actor actor, BookingRequest request) {
		actor.requireAdmin();
		return this.transaction.execute((status) -> {
			ClientProfile client = this.people.reach(actor, request.clientId(), "CLIENT_PROFILE_READ");
			this.locks.lock(actor.clinicId(), request.therapistId().value(), client.id().value());
			Instant now = this.clock.instant();
			if (request.start() == null || !request.start().isBefore(now)) {
				throw new InvalidInputException("VALIDATION_FAILED", "A held appointment lies in the past",
						List.of(new FieldProblem("start", "NOT_IN_PAST", "Give a start before now")));
			}
			ClinicProfile clinic = this.people.clinic(actor.clinicId());
			ServiceView service = this.checks.activeService(actor.clinicId(), request.service());
			TherapistProfile therapist = this.people.therapist(actor, request.therapistId());
			Appointment appointment = Appointment.book(actor.clinicId(), client.id(), therapist.id(), service,
					contact(request, client), request.start(), this.checks.settings(actor.clinicId()).buffer(),
					clinic.timeZone(), now);
			this.checks.requireFree(appointment, appointment.id(), now);
			this.store.insert(appointment);
			this.audit.record(actor.audit("APPOINTMENT_RECORDED", appointment.clientId()));
			return new Booked(appointment.toView(clinic.timeZone()), true);
		});
	}

	private Optional<Booked> repeated(Actor actor, String key) {
		return this.idempotency.booked(actor, key)
			.flatMap(this.store::find)
			.map((appointment) -> new Booked(appointment.toView(this.people.clinic(appointment.clinicId()).timeZone()),
					false));
	}

	private static String contact(BookingRequest request, ClientProfile client) {
		String contact = request.onlineContact() == null ? "" : request.onlineContact().strip();
		if (contact.length() > 200) {
			throw new InvalidInputException("VALIDATION_FAILED", "The contact is too long",
					List.of(new FieldProblem("onlineContact", "Size", "At most 200 characters")));
		}
		return contact.isEmpty() ? client.phone() : contact;
	}

	static ConflictException slotTaken(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
				return new ConflictException("SLOT_TAKEN", "That time is no longer free");
			}
		}
		throw ex;
	}

}
