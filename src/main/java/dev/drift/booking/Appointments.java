package dev.drift.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.shared.ConflictException;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments: book, list, cancel and reschedule. A client reaches only their own
 * appointments, staff their clinic's; any other id answers 404. A client may cancel or
 * move an appointment up to the clinic's cancel window (24 h) before it starts; later
 * only staff, giving a reason.
 */
@Service
class Appointments {

	static final int MAX_RANGE_DAYS = 92;

	private final BookAppointment booking;

	private final MoveAppointment moves;

	private final AppointmentStore store;

	private final Catalogue catalogue;

	private final People people;

	private final Clock clock;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	Appointments(BookAppointment booking, MoveAppointment moves, AppointmentStore store, Catalogue catalogue,
			People people, Clock clock, AuditLog audit, ApplicationEventPublisher events) {
		this.booking = booking;
		this.moves = moves;
		this.store = store;
		this.catalogue = catalogue;
		this.people = people;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Books; a repeated {@code idempotencyKey} of the same account answers the first
	 * booking.
	 */
	public Booked book(Actor actor, BookingRequest request, String idempotencyKey) {
		return this.booking.book(actor, request, idempotencyKey);
	}

	Booked recordHeld(Actor actor, BookingRequest request) {
		return this.booking.recordHeld(actor, request);
	}

	@Transactional(readOnly = true)
	public AppointmentView get(Actor actor, UUID id) {
		return reachable(actor, id).toView(zone(actor));
	}

	/** Appointments starting on the clinic's local days from to to (inclusive). */
	@Transactional(readOnly = true)
	public List<AppointmentView> list(Actor actor, LocalDate from, LocalDate to, TherapistId therapist,
			ClientId client) {
		if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
			throw new InvalidInputException("VALIDATION_FAILED", "Ask for 1 to " + MAX_RANGE_DAYS + " days",
					List.of(new FieldProblem("to", "Range", "From 'from' up to " + MAX_RANGE_DAYS + " days later")));
		}
		ClientId only = client;
		if (!actor.isStaff()) {
			if (client != null && !client.equals(actor.clientId())) {
				throw new NotFoundException("Client");
			}
			only = actor.clientId();
		}
		else if (client != null && this.people.findClient(client)
			.filter((found) -> found.clinicId().equals(actor.clinicId()))
			.isEmpty()) {
			// another clinic's or a missing client: the same 404 a client gets, not an
			// empty list
			throw new NotFoundException("Client");
		}
		ZoneId zone = zone(actor);
		return this.store
			.list(actor.clinicId(), from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
					therapist, only)
			.stream()
			.map((appointment) -> appointment.toView(zone))
			.toList();
	}

	/**
	 * Every appointment of a client, oldest first (the client, or staff of their clinic:
	 * audited as {@code APPOINTMENTS_READ}).
	 */
	@Transactional
	public List<AppointmentView> ofClient(Actor actor, ClientId client) {
		this.people.reach(actor, client, "APPOINTMENTS_READ");
		ZoneId zone = zone(actor);
		return this.store.ofClient(client).stream().map((appointment) -> appointment.toView(zone)).toList();
	}

	@Transactional
	public AppointmentView cancel(Actor actor, UUID id, String reason) {
		return cancel(actor, id, reason, null);
	}

	/**
	 * Cancels; {@code messageToClient} (if given) goes into the cancellation email.
	 */
	@Transactional
	public AppointmentView cancel(Actor actor, UUID id, String reason, String messageToClient) {
		Appointment appointment = reachable(actor, id);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > 500) {
			throw new RuleViolationException("REASON_TOO_LONG", "Keep the reason under 500 characters");
		}
		requireChangeable(actor, appointment, why);
		Appointment cancelled = appointment.cancel(why, this.clock.instant());
		this.store.update(cancelled);
		this.audit.record(actor.audit("APPOINTMENT_CANCELLED", appointment.clientId()));
		AppointmentView view = cancelled.toView(zone(actor));
		this.events.publishEvent(new AppointmentCancelled(view, messageToClient));
		return view;
	}

	public AppointmentView reschedule(Actor actor, UUID id, Instant start, TherapistId therapist, String reason) {
		Appointment appointment = reachable(actor, id);
		if (!appointment.isBooked()) {
			throw new RuleViolationException("NOT_BOOKED", "This appointment is cancelled");
		}
		requireChangeable(actor, appointment, reason == null || reason.isBlank() ? null : reason);
		return this.moves.reschedule(actor, appointment, start, therapist);
	}

	private void requireChangeable(Actor actor, Appointment appointment, String reason) {
		if (this.people.findClient(appointment.clientId()).map(ClientProfile::erased).orElse(false)) {
			throw new ConflictException("RECORD_LOCKED",
					"This client's record was erased on request; what the clinic keeps is locked");
		}
		Instant now = this.clock.instant();
		Instant deadline = appointment.start().minus(this.catalogue.settings(actor.clinicId()).cancelWindow());
		if (!now.isAfter(deadline)) {
			return;
		}
		if (!actor.isStaff()) {
			throw new RuleViolationException("TOO_LATE",
					"It is too close to the appointment to change it online; please call the clinic");
		}
		if (reason == null) {
			throw new RuleViolationException("REASON_REQUIRED", "Give a reason for a late change");
		}
	}

	private Appointment reachable(Actor actor, UUID id) {
		return this.store.find(id)
			.filter((appointment) -> actor.mayAccessClient(appointment.clinicId(), appointment.clientId()))
			.orElseThrow(() -> new NotFoundException("Appointment"));
	}

	private ZoneId zone(Actor actor) {
		return this.people.clinic(actor.clinicId()).timeZone();
	}

}
