package dev.drift.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking's one door for other modules: availability, appointments, the clinic's services
 * and settings, and what a module that holds slots (waitlist) needs. Access is checked
 * inside, against the {@link Actor}.
 */
@Service
public class Booking {

	private final Availability availability;

	private final Appointments appointments;

	private final Catalogue catalogue;

	private final SlotRules rules;

	private final BookingLocks locks;

	private final AppointmentStore store;

	private final Clock clock;

	Booking(Availability availability, Appointments appointments, Catalogue catalogue, SlotRules rules,
			BookingLocks locks, AppointmentStore store, Clock clock) {
		this.availability = availability;
		this.appointments = appointments;
		this.catalogue = catalogue;
		this.rules = rules;
		this.locks = locks;
		this.store = store;
		this.clock = clock;
	}

	/** Free slots for a service, window slots first when there is a client. */
	public List<AvailableSlot> availability(Actor actor, String service, LocalDate from, LocalDate to,
			TherapistId therapist, ClientId client) {
		return this.availability.find(actor, service, from, to, therapist, client);
	}

	/**
	 * Books; a repeated idempotency key of the same account answers the first booking.
	 */
	public Booked book(Actor actor, BookingRequest request, String idempotencyKey) {
		return this.appointments.book(actor, request, idempotencyKey);
	}

	/**
	 * Records an appointment that already took place (history from before Drift, the
	 * demo): admin only, in the past, never overlapping another; no emails.
	 */
	public Booked recordHeld(Actor actor, BookingRequest request) {
		return this.appointments.recordHeld(actor, request);
	}

	public AppointmentView get(Actor actor, UUID id) {
		return this.appointments.get(actor, id);
	}

	/** Appointments starting on the clinic's local days from to to (inclusive). */
	public List<AppointmentView> list(Actor actor, LocalDate from, LocalDate to, TherapistId therapist,
			ClientId client) {
		return this.appointments.list(actor, from, to, therapist, client);
	}

	/** Every appointment of a client, oldest first, for their record (audited). */
	public List<AppointmentView> appointmentsOf(Actor actor, ClientId client) {
		return this.appointments.ofClient(actor, client);
	}

	/**
	 * Erasure (system call of the approved workflow): the client's cancelled and future
	 * appointments go; those that took place stay as the clinic's record.
	 */
	@Transactional
	public int eraseClient(ClientId client) {
		return this.store.eraseClient(client, this.clock.instant());
	}

	public AppointmentView cancel(Actor actor, UUID id, String reason) {
		return this.appointments.cancel(actor, id, reason);
	}

	/**
	 * Cancels for the clinic with a message to the client, which the cancellation email
	 * carries (e.g. the therapist's time off).
	 */
	public AppointmentView cancel(Actor actor, UUID id, String reason, String messageToClient) {
		return this.appointments.cancel(actor, id, reason, messageToClient);
	}

	public AppointmentView reschedule(Actor actor, UUID id, Instant start, TherapistId therapist, String reason) {
		return this.appointments.reschedule(actor, id, start, therapist, reason);
	}

	/**
	 * Whether the client had a treatment session booked before the instant (their first
	 * visit is the first one); system call, not audited.
	 */
	@Transactional(readOnly = true)
	public boolean treatedBefore(ClientId client, Instant at) {
		return this.store.treatedBefore(client, at);
	}

	/** The services clients may book now. */
	public List<ServiceView> services(ClinicId clinic) {
		return this.catalogue.bookable(clinic);
	}

	/** A service by code, active or not. */
	public Optional<ServiceView> service(ClinicId clinic, String code) {
		return this.catalogue.find(clinic, code);
	}

	/** Buffer, lead time and cancel window. */
	public BookingSettings settings(ClinicId clinic) {
		return this.catalogue.settings(clinic);
	}

	/** The last day clients may book, in the clinic's zone. */
	public LocalDate lastBookableDay(ZoneId zone) {
		return this.rules.lastDay(zone, this.clock.instant());
	}

	/**
	 * Holds the therapist's bookings until the caller's transaction ends: nobody books,
	 * moves to or cancels with them meanwhile (e.g. while time off is being saved).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockTherapist(ClinicId clinic, TherapistId therapist) {
		this.locks.lock(clinic, therapist.value());
	}

	/**
	 * Locks the therapist's bookings until the caller's transaction ends (so nobody books
	 * meanwhile) and answers whether [start, until) is free of their and the client's
	 * appointments.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean lockIfFree(ClinicId clinic, TherapistId therapist, ClientId client, Instant start, Instant until) {
		this.locks.lock(clinic, therapist.value());
		return !this.store.clashes(therapist, client, start, until, UUID.randomUUID());
	}

}
