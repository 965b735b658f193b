package dev.drift.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * The people module's facade: what other modules may ask about clinics, therapists and
 * clients. {@link #reach} is the one way to a client's data (relationship check, audit
 * row, 404 for foreign or missing ids); methods without an {@link Actor} are for work the
 * system does on its own (reminders, seeding) and are not audited. Each aggregate's rules
 * live in its own package-private service ({@code Clients}, {@code Clinics},
 * {@code Therapists}); this class only routes.
 */
@Service
public class People {

	private final Clients clients;

	private final Clinics clinics;

	private final Therapists therapists;

	People(Clients clients, Clinics clinics, Therapists therapists) {
		this.clients = clients;
		this.clinics = clinics;
		this.therapists = therapists;
	}

	// --- clients
	// -------------------------------------------------------------------------

	/**
	 * Finds the client and checks that the actor may reach them (the client themself, or
	 * staff of the client's clinic). Another client, another clinic or a missing id is
	 * audited as denied and answers {@link NotFoundException}; a granted action is
	 * audited in the caller's transaction ({@code *_READ} actions for staff only).
	 * @param action what the caller does, as the audit trail names it (e.g.
	 * {@code SCREENING_READ}, {@code DIARY_ENTRY_RECORDED})
	 */
	public ClientProfile reach(Actor actor, ClientId id, String action) {
		return this.clients.reach(actor, id, action);
	}

	/**
	 * A client's profile, read by the actor ({@link #reach} with
	 * {@code CLIENT_PROFILE_READ}).
	 */
	public ClientProfile client(Actor actor, ClientId id) {
		return this.clients.get(actor, id);
	}

	/** A client's profile for work the system does on its own (not audited). */
	public Optional<ClientProfile> findClient(ClientId id) {
		return this.clients.find(id);
	}

	/** Every client of a clinic, for work the system does on its own (reminders). */
	public List<ClientProfile> clientsOf(ClinicId clinic) {
		return this.clients.ofClinic(clinic);
	}

	/** When a client signed up, for schedules the system computes. */
	public Optional<Instant> registeredAt(ClientId id) {
		return this.clients.registeredAt(id);
	}

	/** A new client of a clinic (sign-up); a taken email is a conflict. */
	public ClientProfile registerClient(ClinicId clinic, NewClient client) {
		return this.clients.register(clinic, client);
	}

	/**
	 * The client withdraws consent to the processing of their health data: health data
	 * entry stops (409 {@code HEALTH_DATA_CONSENT_WITHDRAWN}), staff see it (audited).
	 */
	public ClientProfile withdrawConsent(Actor actor, ClientId id) {
		return this.clients.withdrawConsent(actor, id);
	}

	/**
	 * Erases the client's profile once an admin approved their erasure request (system
	 * call of the records module): contact details go; name and date of birth stay with
	 * the retained, now locked, clinical records.
	 */
	public ClientProfile eraseClient(ClientId id) {
		return this.clients.erase(id);
	}

	/** Changes a client's sleep schedule (audited). */
	public ClientProfile rescheduleSleep(Actor actor, ClientId id, SleepSchedule sleep) {
		return this.clients.reschedule(actor, id, sleep);
	}

	// --- clinics
	// -------------------------------------------------------------------------

	public ClinicProfile clinic(ClinicId id) {
		return this.clinics.get(id);
	}

	public List<ClinicProfile> clinics() {
		return this.clinics.all();
	}

	public boolean noClinics() {
		return this.clinics.none();
	}

	public ClinicProfile openClinic(ClinicDetails details) {
		return this.clinics.open(details);
	}

	/** The admin changes their own clinic's details and settings. */
	public ClinicProfile changeClinic(Actor admin, ClinicDetails details) {
		return this.clinics.change(admin, details);
	}

	// --- therapists
	// ----------------------------------------------------------------------

	public List<TherapistProfile> therapistsOf(ClinicId clinic) {
		return this.therapists.of(clinic);
	}

	/** The clinic's therapists' names by id, for pages that show many appointments. */
	public Map<TherapistId, String> therapistNames(ClinicId clinic) {
		return this.therapists.names(clinic);
	}

	/**
	 * A therapist of the actor's clinic; another clinic's id answers
	 * {@link NotFoundException}.
	 */
	public TherapistProfile therapist(Actor actor, TherapistId id) {
		return this.therapists.get(actor, id);
	}

	/** Adds a therapist to a clinic; called when their staff account is created. */
	public TherapistProfile joinTherapist(ClinicId clinic, TherapistDetails details) {
		return this.therapists.join(clinic, details);
	}

	/** The admin changes a therapist's profile, skills and weekly hours. */
	public TherapistProfile changeTherapist(Actor actor, TherapistId id, TherapistDetails details) {
		return this.therapists.change(actor, id, details);
	}

	/** The admin records a therapist's time off. */
	public TherapistProfile takeTimeOff(Actor actor, TherapistId id, TimeOff off) {
		return this.therapists.takeTimeOff(actor, id, off);
	}

}
