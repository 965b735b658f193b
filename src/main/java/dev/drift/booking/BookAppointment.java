package dev.drift.booking;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.Clients;
import dev.drift.people.ClinicProfile;
import dev.drift.people.Clinics;
import dev.drift.people.TherapistId;
import dev.drift.people.TherapistProfile;
import dev.drift.people.Therapists;
import dev.drift.shared.ConflictException;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books and moves appointments without ever double-booking: in one transaction it locks
 * the therapist's and the client's lock rows, checks for clashes (buffers included) and
 * writes. On PostgreSQL the exclusion constraints are a second guard; their violation is
 * the same 409 SLOT_TAKEN.
 */
@Component
class BookAppointment {

	private final AppointmentStore store;

	private final WaitlistStore holds;

	private final BookingLocks locks;

	private final Catalogue catalogue;

	private final SlotRules rules;

	private final TreatmentGate gate;

	private final Clinics clinics;

	private final Therapists therapists;

	private final Clients clients;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	BookAppointment(AppointmentStore store, WaitlistStore holds, BookingLocks locks, Catalogue catalogue,
			SlotRules rules, TreatmentGate gate, Clinics clinics, Therapists therapists, Clients clients,
			AuditLog audit, JdbcClient jdbc, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.holds = holds;
		this.locks = locks;
		this.catalogue = catalogue;
		this.rules = rules;
		this.gate = gate;
		this.clinics = clinics;
		this.therapists = therapists;
		this.clients = clients;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	Booked book(Actor actor, BookingRequest request, String idempotencyKey) {
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && key.length() > 100) {
			throw new InvalidInputException("VALIDATION_FAILED", "The Idempotency-Key is too long",
					java.util.List.of(new FieldProblem("Idempotency-Key", "Size", "At most 100 characters")));
		}
		Optional<Booked> earlier = key == null ? Optional.empty() : repeated(actor, key);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		ClientProfile client = reachableClient(actor, request.clientId());
		this.locks.prepare(actor.clinicId(), request.therapistId().value(), client.id().value());
		try {
			return this.transaction.execute((status) -> bookLocked(actor, request, client, key));
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

	private Booked bookLocked(Actor actor, BookingRequest request, ClientProfile client, String key) {
		this.locks.lock(request.therapistId().value(), client.id().value());
		if (key != null) {
			Optional<Booked> earlier = repeated(actor, key);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		ClinicProfile clinic = this.clinics.get(actor.clinicId());
		ServiceView service = this.catalogue.find(actor.clinicId(), request.service())
			.filter(ServiceView::active)
			.orElseThrow(() -> new InvalidInputException("VALIDATION_FAILED", "Unknown service",
					java.util.List.of(new FieldProblem("service", "UnknownService", "No such service"))));
		TherapistProfile therapist = therapist(actor, request.therapistId(), client.id(), service);
		BookingSettings settings = this.catalogue.settings(actor.clinicId());
		this.gate.requireAllowed(client.id(), service, request.start());
		this.rules.requireBookable(clinic, therapist, service, settings, request.start());
		Appointment appointment = Appointment.book(actor.clinicId(), client.id(), therapist.id(), service,
				contact(request, client), request.start(), settings.buffer(), clinic.timeZone(), this.rules.now());
		if (this.store.clashes(therapist.id(), client.id(), appointment.start(), appointment.blockedUntil(),
				appointment.id())
				|| this.holds.heldByOthers(therapist.id(), client.id(), appointment.start(), appointment.blockedUntil(),
						this.rules.now())) {
			throw new ConflictException("SLOT_TAKEN", "That time is no longer free");
		}
		this.store.insert(appointment);
		this.gate.treatmentBooked(client.id(), service, appointment.id(), appointment.start());
		if (key != null) {
			this.jdbc
				.sql("insert into booking_idempotency (account_id, idem_key, clinic_id, appointment_id, created_at)"
						+ " values (:account, :key, :clinic, :appointment, :now)")
				.param("account", actor.accountId())
				.param("key", key)
				.param("clinic", actor.clinicId().value())
				.param("appointment", appointment.id())
				.param("now", AppointmentStore.utc(this.rules.now()))
				.update();
		}
		audit(actor, appointment, "APPOINTMENT_BOOKED");
		AppointmentView view = appointment.toView(clinic.timeZone());
		this.events.publishEvent(new AppointmentBooked(view));
		return new Booked(view, true);
	}

	/** Moves an appointment to a new start (and therapist), under the same locks. */
	AppointmentView reschedule(Actor actor, Appointment current, Instant start, TherapistId newTherapist) {
		TherapistId target = newTherapist == null ? current.therapistId() : newTherapist;
		this.locks.prepare(actor.clinicId(), target.value(), current.clientId().value());
		try {
			return this.transaction.execute((status) -> {
				this.locks.lock(current.therapistId().value(), target.value(), current.clientId().value());
				Appointment fresh = this.store.find(current.id())
					.orElseThrow(() -> new NotFoundException("Appointment"));
				ClinicProfile clinic = this.clinics.get(actor.clinicId());
				ServiceView service = this.catalogue.find(actor.clinicId(), fresh.serviceCode())
					.orElseThrow(() -> new NotFoundException("Service"));
				TherapistProfile therapist = therapist(actor, target, fresh.clientId(), service);
				this.gate.requireAllowed(fresh.clientId(), service, start);
				this.rules.requireBookable(clinic, therapist, service, this.catalogue.settings(actor.clinicId()),
						start);
				Appointment moved = fresh.moveTo(start, target, this.rules.now());
				if (this.store.clashes(target, fresh.clientId(), moved.start(), moved.blockedUntil(), moved.id())
						|| this.holds.heldByOthers(target, fresh.clientId(), moved.start(), moved.blockedUntil(),
								this.rules.now())) {
					throw new ConflictException("SLOT_TAKEN", "That time is no longer free");
				}
				this.store.update(moved);
				audit(actor, moved, "APPOINTMENT_RESCHEDULED");
				AppointmentView before = fresh.toView(clinic.timeZone());
				AppointmentView view = moved.toView(clinic.timeZone());
				this.events.publishEvent(new AppointmentRescheduled(before, view));
				return view;
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw slotTaken(ex);
		}
	}

	private Optional<Booked> repeated(Actor actor, String key) {
		return this.jdbc
			.sql("select appointment_id from booking_idempotency where account_id = :account and idem_key = :key")
			.param("account", actor.accountId())
			.param("key", key)
			.query(UUID.class)
			.optional()
			.flatMap(this.store::find)
			.map((appointment) -> new Booked(appointment.toView(this.clinics.get(appointment.clinicId()).timeZone()),
					false));
	}

	ClientProfile reachableClient(Actor actor, ClientId id) {
		if (id == null) {
			throw new InvalidInputException("VALIDATION_FAILED", "Say who the appointment is for",
					java.util.List.of(new FieldProblem("clientId", "NotNull", "Required")));
		}
		return this.clients.reach(actor, id, "CLIENT_PROFILE_READ");
	}

	/**
	 * The therapist, who must have the skills the client's screening asks for when the
	 * service is a treatment (the online consultation is open to every therapist, as
	 * availability offers it).
	 */
	private TherapistProfile therapist(Actor actor, TherapistId id, ClientId client, ServiceView service) {
		TherapistProfile therapist = this.therapists.get(actor, id);
		if (service.isTreatment() && this.rules.qualified(java.util.List.of(therapist), client).isEmpty()) {
			throw new dev.drift.shared.RuleViolationException("SKILL_REQUIRED",
					"This therapist does not offer the care your screening asks for");
		}
		return therapist;
	}

	private static String contact(BookingRequest request, ClientProfile client) {
		String contact = request.onlineContact() == null ? "" : request.onlineContact().strip();
		if (contact.length() > 200) {
			throw new InvalidInputException("VALIDATION_FAILED", "The contact is too long",
					java.util.List.of(new FieldProblem("onlineContact", "Size", "At most 200 characters")));
		}
		return contact.isEmpty() ? client.phone() : contact;
	}

	private void audit(Actor actor, Appointment appointment, String action) {
		this.audit.record(actor.audit(action, appointment.clientId()));
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
