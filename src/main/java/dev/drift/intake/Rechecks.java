package dev.drift.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-visit re-checks: booking requests one per treatment appointment; the client answers
 * the short form within 48 hours before it; a change re-runs screening with the updated
 * answers (and publishes {@link ScreeningChanged}).
 */
@Service
@Transactional
class Rechecks {

	private final RecheckStore store;

	private final Screenings screenings;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	Rechecks(RecheckStore store, Screenings screenings, People people, AuditLog audit, Clock clock) {
		this.store = store;
		this.screenings = screenings;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	public Recheck request(ClientId clientId, UUID appointmentId, Instant start) {
		ClientProfile client = this.people.findClient(clientId).orElseThrow(() -> new NotFoundException("Client"));
		return this.store.byAppointment(appointmentId).map((existing) -> {
			this.store.moveTo(existing.id(), start);
			return this.store.find(existing.id()).orElseThrow();
		}).orElseGet(() -> {
			Recheck recheck = new Recheck(UUID.randomUUID(), clientId, appointmentId, start, Instant.now(this.clock),
					null, null, null);
			this.store.insert(client.clinicId().value(), recheck);
			return recheck;
		});
	}

	/** Re-checks open now for the client (their own, or staff of their clinic). */
	public List<Recheck> open(Actor actor, ClientId clientId) {
		this.people.client(actor, clientId);
		Instant now = Instant.now(this.clock);
		return this.store.of(clientId.value()).stream().filter((r) -> r.isOpenAt(now)).toList();
	}

	/** The re-check of one appointment, answered or not (system call). */
	Optional<Recheck> forAppointment(ClientId clientId, UUID appointmentId) {
		return this.store.of(clientId.value())
			.stream()
			.filter((r) -> r.appointmentId().equals(appointmentId))
			.findFirst();
	}

	/**
	 * One of the client's re-checks, open or not; another client's (or a missing one) is
	 * not found.
	 */
	Recheck of(Actor actor, ClientId clientId, UUID recheckId) {
		this.people.client(actor, clientId);
		return this.store.find(recheckId)
			.filter((r) -> r.clientId().equals(clientId))
			.orElseThrow(() -> new NotFoundException("Re-check"));
	}

	/**
	 * The client's latest re-check whose window has opened (the next or last treatment
	 * appointment's), for the staff screening page; the caller has checked access.
	 */
	Optional<Recheck> latestOpened(ClientId clientId) {
		Instant now = Instant.now(this.clock);
		return this.store.of(clientId.value())
			.stream()
			.filter((r) -> !now.isBefore(r.opensAt()))
			.reduce((first, second) -> second);
	}

	boolean isOpen(UUID recheckId) {
		Instant now = Instant.now(this.clock);
		return this.store.find(recheckId).filter((r) -> r.isOpenAt(now)).isPresent();
	}

	public Recheck answer(Actor actor, ClientId clientId, UUID recheckId, RecheckAnswers answers,
			JsonNode updatedAnswers) {
		this.people.client(actor, clientId);
		Recheck recheck = this.store.find(recheckId)
			.filter((r) -> r.clientId().equals(clientId))
			.orElseThrow(() -> new NotFoundException("Re-check"));
		Instant now = Instant.now(this.clock);
		if (!recheck.isOpenAt(now)) {
			throw new RuleViolationException("RECHECK_NOT_OPEN",
					"This check opens 48 hours before the appointment and closes when it starts or is answered");
		}
		UUID screening = null;
		if (answers.anyChange()) {
			if (updatedAnswers == null || updatedAnswers.isNull()) {
				throw new RuleViolationException("UPDATED_ANSWERS_REQUIRED",
						"Something changed: update your health questionnaire answers with it");
			}
			screening = this.screenings.record(actor, clientId, updatedAnswers, "RECHECK").id();
		}
		if (!this.store.answer(recheckId, now, answers.anyChange(), screening)) {
			throw new RuleViolationException("RECHECK_NOT_OPEN", "This check has already been answered");
		}
		this.audit.record(actor.audit("RECHECK_ANSWERED", clientId));
		return this.store.find(recheckId).orElseThrow();
	}

}
