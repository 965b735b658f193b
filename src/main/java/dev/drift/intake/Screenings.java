package dev.drift.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.screening.Answers;
import dev.drift.screening.ScreeningEngine;
import dev.drift.screening.ScreeningResult;
import dev.drift.screening.RuleSets;
import dev.drift.screening.RuleSetVersion;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.RuleViolationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening use cases: a stateless evaluation for staff, recording an intake (stored and
 * screened with the clinic's rule set in force), the latest result, and the prefilled
 * answers for the form.
 */
@Service
@Transactional
class Screenings {

	private final ScreeningEngine engine;

	private final RuleSets ruleSets;

	private final ScreeningStore store;

	private final ClientMessages messages;

	private final People people;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	Screenings(ScreeningEngine engine, RuleSets ruleSets, ScreeningStore store, ClientMessages messages, People people,
			AuditLog audit, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.engine = engine;
		this.ruleSets = ruleSets;
		this.store = store;
		this.messages = messages;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ScreeningView evaluate(Actor actor, JsonNode rawAnswers) {
		actor.requireStaff();
		Answers answers = this.engine.questionnaire().validate(rawAnswers);
		RuleSetVersion version = this.ruleSets.inForce(actor.clinicId());
		ScreeningResult result = this.engine.evaluate(answers, version.settings());
		return this.messages.view(null, null, "EVALUATION", version.label(), Instant.now(this.clock),
				this.json.valueToTree(answers.values()), result, this.people.clinic(actor.clinicId()));
	}

	/**
	 * Stores and screens a client's answers: the client themself (after consenting to
	 * health-data processing) or staff of their clinic. The sleep-schedule answers update
	 * the profile.
	 */
	public ScreeningView record(Actor actor, ClientId clientId, JsonNode rawAnswers, String kind) {
		ClientProfile client = this.people.client(actor, clientId);
		client.requireHealthDataAllowed();
		if (!actor.isStaff() && !client.hasHealthDataConsent()) {
			throw new RuleViolationException("HEALTH_DATA_CONSENT_REQUIRED",
					"Consent to the processing of your health data first");
		}
		Answers answers = this.engine.questionnaire().validate(rawAnswers);
		RuleSetVersion version = this.ruleSets.inForce(client.clinicId());
		ScreeningResult result = this.engine.evaluate(answers, version.settings());
		Optional<StoredScreening> previous = this.store.latest(clientId.value());
		StoredScreening stored = new StoredScreening(UUID.randomUUID(), client.clinicId().value(), clientId.value(),
				kind, this.json.valueToTree(answers.values()), result, version.label(), Instant.now(this.clock),
				actor.accountId());
		this.store.insert(stored);
		this.audit.record(actor.audit("INTAKE_RECORDED", clientId));
		SleepAnswers.schedule(answers, client.sleep())
			.filter((schedule) -> !schedule.equals(client.sleep()))
			.ifPresent((schedule) -> this.people.rescheduleSleep(actor, clientId, schedule));
		if ("RECHECK".equals(kind) || previous.map((p) -> !p.result().equals(result)).orElse(true)) {
			this.events.publishEvent(new ScreeningChanged(client.clinicId(), clientId, stored.id(),
					previous.map((p) -> p.result().sessionLevel()).orElse(null), result.sessionLevel(),
					stored.screenedAt()));
		}
		return view(stored);
	}

	/** The client's latest screening (staff reads audited); a foreign id is not found. */
	@Transactional(readOnly = true)
	Optional<ScreeningResult> result(UUID screeningId) {
		return this.store.find(screeningId).map(StoredScreening::result);
	}

	public Optional<ScreeningView> latest(Actor actor, ClientId clientId) {
		ClientProfile client = this.people.reach(actor, clientId, "SCREENING_READ");
		return this.store.latest(client.id().value()).map(this::view);
	}

	/** Every stored screening of the client, oldest first (staff reads audited). */
	public List<ScreeningView> all(Actor actor, ClientId clientId) {
		ClientProfile client = this.people.reach(actor, clientId, "SCREENING_READ");
		return this.store.ofClient(client.id().value()).stream().map(this::view).toList();
	}

	/**
	 * Answers to start the form with: the latest answers, with the sleep schedule taken
	 * from the profile.
	 */
	public ObjectNode prefill(Actor actor, ClientId clientId) {
		ClientProfile client = this.people.reach(actor, clientId, "SCREENING_READ");
		ObjectNode answers = this.store.latest(clientId.value())
			.map((s) -> (ObjectNode) s.answers().deepCopy())
			.orElseGet(this.json::createObjectNode);
		SleepAnswers.prefill(answers, client.sleep());
		return answers;
	}

	/** Staff see the clients whose latest screening raised a staff alert (audited). */
	public List<StaffAlert> alerts(Actor actor) {
		actor.requireStaff();
		List<StaffAlert> alerts = this.store.alerts(actor.clinicId().value(), 50);
		alerts.forEach((alert) -> this.audit.record(actor.audit("SCREENING_READ", alert.clientId())));
		return alerts;
	}

	/** The latest stored screening without an actor (the booking gate, re-checks). */
	@Transactional(readOnly = true)
	public Optional<StoredScreening> latest(ClientId clientId) {
		return this.store.latest(clientId.value());
	}

	/**
	 * The screening in force at an instant: the latest screened at or before it, or when
	 * there was none yet the first one after it (system call, not audited).
	 */
	@Transactional(readOnly = true)
	Optional<ScreeningView> inForceAt(ClientId clientId, Instant at) {
		return this.store.latestAt(clientId.value(), at)
			.or(() -> this.store.earliestAfter(clientId.value(), at))
			.map(this::view);
	}

	ScreeningView view(StoredScreening s) {
		return this.messages.view(s.id(), new ClientId(s.clientId()), s.kind(), s.ruleSetVersion(), s.screenedAt(),
				s.answers(), s.result(), this.people.clinic(new dev.drift.people.ClinicId(s.clinicId())));
	}

}
