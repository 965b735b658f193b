package dev.drift.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.ScreeningResult;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake module's facade: screening (stateless or stored), clearances and overrides,
 * the booking gate and per-visit re-checks. Every method taking an {@link Actor} checks
 * that the actor may reach the client; a foreign or missing client is not found (404).
 * Rule-set versions are administered through {@link RuleSets}.
 */
@Service
public class Intake {

	private final Questionnaire questionnaire;

	private final Screenings screenings;

	private final Clearances clearances;

	private final BookingGate gate;

	private final Rechecks rechecks;

	private final IntakeErasure erasure;

	Intake(Questionnaire questionnaire, Screenings screenings, Clearances clearances, BookingGate gate,
			Rechecks rechecks, IntakeErasure erasure) {
		this.erasure = erasure;
		this.questionnaire = questionnaire;
		this.screenings = screenings;
		this.clearances = clearances;
		this.gate = gate;
		this.rechecks = rechecks;
	}

	/**
	 * Deletes every screening, answer, draft, re-check and clearance of the client
	 * (system call of the approved erasure workflow); answers how many rows went.
	 */
	@Transactional
	public int eraseClient(ClientId client) {
		return this.erasure.erase(client);
	}

	public Questionnaire questionnaire() {
		return this.questionnaire;
	}

	/** Staff screen answers with their clinic's rule set in force; nothing is stored. */
	public ScreeningView evaluate(Actor actor, JsonNode answers) {
		return this.screenings.evaluate(actor, answers);
	}

	/**
	 * Stores and screens a client's intake (the client after health-data consent, or
	 * staff); updates the profile's sleep schedule from the answers.
	 */
	public ScreeningView recordIntake(Actor actor, ClientId client, JsonNode answers) {
		return this.screenings.record(actor, client, answers, "INTAKE");
	}

	/** The latest screening (staff reads audited). */
	public Optional<ScreeningView> latestScreening(Actor actor, ClientId client) {
		return this.screenings.latest(actor, client);
	}

	/**
	 * Every stored screening (intake and re-checks) with its answers, oldest first, for
	 * the client's record (staff reads audited).
	 */
	public List<ScreeningView> screenings(Actor actor, ClientId client) {
		return this.screenings.all(actor, client);
	}

	/**
	 * A stored screening's result, for modules reacting to {@link ScreeningChanged}
	 * (system call, no actor, not audited).
	 */
	public Optional<ScreeningResult> screeningResult(UUID screeningId) {
		return this.screenings.result(screeningId);
	}

	/**
	 * The screening in force at an instant (the latest screened at or before it; the
	 * first after it when there was none before), for a session note that must keep to
	 * the screening of its appointment (system call, not audited).
	 */
	public Optional<ScreeningView> screeningInForce(ClientId client, Instant at) {
		return this.screenings.inForceAt(client, at);
	}

	/**
	 * Clients of the actor's clinic whose latest screening raised a staff alert (URGENT
	 * or self-harm thoughts), newest first, at most 50; for the therapist's home page.
	 */
	public List<StaffAlert> staffAlerts(Actor actor) {
		return this.screenings.alerts(actor);
	}

	/**
	 * Answers to start the form with: the latest answers, sleep schedule from the
	 * profile.
	 */
	public ObjectNode prefill(Actor actor, ClientId client) {
		return this.screenings.prefill(actor, client);
	}

	/** Staff record a clearance from the client's clinician for one or more rules. */
	public List<Clearance> recordClearance(Actor actor, ClientId client, NewClearance clearance) {
		return this.clearances.record(actor, client, clearance);
	}

	/**
	 * Staff override a rule where clinical rules §0.1 permits it, with a written reason.
	 */
	public Clearance recordOverride(Actor actor, ClientId client, NewOverride override) {
		return this.clearances.override(actor, client, override);
	}

	public List<Clearance> clearances(Actor actor, ClientId client) {
		return this.clearances.of(actor, client);
	}

	/**
	 * The booking gate for a TREATMENT session at a time (system call, no actor). Booking
	 * does not ask it for the free consultation, which is always allowed.
	 */
	public TreatmentDecision treatmentAllowed(ClientId client, Instant at) {
		return this.gate.treatmentAllowed(client, at);
	}

	/**
	 * The latest screening's clearance rules still waiting for a clearance (or an
	 * override) at a time, whatever scope they gate: the DIY routine's gate asks it for a
	 * DIY-only clearance such as F04 (system call, no actor).
	 */
	public List<String> pendingClearances(ClientId client, Instant at) {
		return this.gate.pendingClearances(client, at);
	}

	/**
	 * Booking asks for the pre-visit check of a treatment appointment (idempotent per
	 * appointment; a new start moves it). The client can answer it in the 48 hours
	 * before.
	 */
	public Recheck requestRecheck(ClientId client, UUID appointmentId, Instant start) {
		return this.rechecks.request(client, appointmentId, start);
	}

	/**
	 * The pre-visit check booking asked for an appointment, answered or not (system call,
	 * for the therapist's day).
	 */
	public Optional<Recheck> recheckFor(ClientId client, UUID appointmentId) {
		return this.rechecks.forAppointment(client, appointmentId);
	}

	/** The re-checks open now for a client. */
	public List<Recheck> openRechecks(Actor actor, ClientId client) {
		return this.rechecks.open(actor, client);
	}

	/**
	 * Answers a re-check; when anything changed, {@code updatedAnswers} (the full
	 * questionnaire answers) are screened again and {@link ScreeningChanged} is
	 * published.
	 */
	public Recheck answerRecheck(Actor actor, ClientId client, UUID recheckId, RecheckAnswers answers,
			JsonNode updatedAnswers) {
		return this.rechecks.answer(actor, client, recheckId, answers, updatedAnswers);
	}

}
