package dev.drift.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.ConditionFingerprint;
import dev.drift.screening.OverridePolicy;
import dev.drift.screening.RuleRow;
import dev.drift.screening.RuleSets;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.ForbiddenException;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records clearances for the rules that need one, and overrides where §0.1 permits them.
 * Staff only; audited.
 */
@Service
@Transactional
class Clearances {

	static final int MAX_MONTHS = 12;

	private final ClearanceStore store;

	private final ScreeningStore screenings;

	private final Questionnaire questionnaire;

	private final RuleSets ruleSets;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	Clearances(ClearanceStore store, ScreeningStore screenings, Questionnaire questionnaire, RuleSets ruleSets,
			People people, AuditLog audit, Clock clock) {
		this.store = store;
		this.screenings = screenings;
		this.questionnaire = questionnaire;
		this.ruleSets = ruleSets;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Clearance> record(Actor actor, ClientId clientId, NewClearance clearance) {
		StoredScreening latest = latestFor(actor, clientId);
		LocalDate today = LocalDate.now(this.clock.withZone(client(clientId).timeZone()));
		LocalDate expires = check(clearance, latest, today);
		List<Clearance> recorded = new ArrayList<>();
		for (String rule : clearance.rules()) {
			Clearance c = new Clearance(UUID.randomUUID(), "CLEARANCE", rule, latest.id(),
					clearance.givenByName().strip(), clearance.givenByRole().strip(), clearance.givenOn(),
					blankToNull(clearance.limits()), expires, null, actor.accountId(), Instant.now(this.clock));
			this.store.insert(latest.clinicId(), latest.clientId(), c,
					ConditionFingerprint.of(this.questionnaire, rule, latest.answers()));
			recorded.add(c);
		}
		this.audit.record(actor.audit("CLEARANCE_RECORDED", clientId));
		return recorded;
	}

	public Clearance override(Actor actor, ClientId clientId, NewOverride override) {
		StoredScreening latest = latestFor(actor, clientId);
		if (override.reason() == null || override.reason().isBlank() || override.reason().length() > 2000) {
			throw new InvalidInputException("INVALID_OVERRIDE", "An override needs a written reason",
					List.of(new FieldProblem("reason", "REQUIRED", "Write the reason (at most 2000 characters)")));
		}
		RuleRow row = this.questionnaire.rule(String.valueOf(override.rule()))
			.orElseThrow(() -> new InvalidInputException("INVALID_OVERRIDE", "Unknown rule",
					List.of(new FieldProblem("rule", "UNKNOWN_RULE", "No such rule"))));
		switch (OverridePolicy.decide(row, latest.result())) {
			case NOT_APPLICABLE -> throw new RuleViolationException("OVERRIDE_NOT_APPLICABLE",
					"This rule did not ask for a clearance or a deferral in the latest screening");
			case NEVER -> throw new RuleViolationException("OVERRIDE_NOT_PERMITTED",
					"This rule cannot be overridden; a clearance from the client's clinician is needed");
			case LEAD_ONLY -> {
				if (!this.ruleSets.mayLead(actor)) {
					throw new ForbiddenException();
				}
			}
			case ALLOWED -> {
			}
		}
		Clearance c = new Clearance(UUID.randomUUID(), "OVERRIDE", row.id(), latest.id(), null, null, null, null, null,
				override.reason().strip(), actor.accountId(), Instant.now(this.clock));
		this.store.insert(latest.clinicId(), latest.clientId(), c,
				ConditionFingerprint.of(this.questionnaire, row.id(), latest.answers()));
		this.audit.record(actor.audit("OVERRIDE_RECORDED", clientId));
		return c;
	}

	/** Staff list a client's clearances and overrides (audited as a screening read). */
	public List<Clearance> of(Actor actor, ClientId clientId) {
		actor.requireStaff();
		ClientProfile client = this.people.client(actor, clientId);
		this.audit.record(actor.audit("SCREENING_READ", client.id()));
		return this.store.of(clientId.value()).stream().map(ClearanceStore.Stored::clearance).toList();
	}

	private StoredScreening latestFor(Actor actor, ClientId clientId) {
		actor.requireStaff();
		this.people.client(actor, clientId);
		return this.screenings.latest(clientId.value())
			.orElseThrow(() -> new RuleViolationException("NO_INTAKE", "The client has no screening yet"));
	}

	private ClientProfile client(ClientId id) {
		return this.people.findClient(id).orElseThrow(() -> new NotFoundException("Client"));
	}

	private static LocalDate check(NewClearance c, StoredScreening latest, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.rules().isEmpty()) {
			problems.add(new FieldProblem("rules", "REQUIRED", "Name the rules the clearance covers"));
		}
		c.rules()
			.stream()
			.filter((rule) -> !latest.result().clearanceRules().contains(rule))
			.forEach((rule) -> problems.add(new FieldProblem("rules", "NOT_ASKED",
					"The latest screening does not ask for a clearance for " + rule)));
		text(problems, "givenByName", c.givenByName(), 200);
		text(problems, "givenByRole", c.givenByRole(), 200);
		if (c.limits() != null && c.limits().length() > 2000) {
			problems.add(new FieldProblem("limits", "TOO_LONG", "At most 2000 characters"));
		}
		LocalDate expires = null;
		if (c.givenOn() == null) {
			problems.add(new FieldProblem("givenOn", "REQUIRED", "When was it given?"));
		}
		else if (c.givenOn().isAfter(today) || c.givenOn().plusMonths(MAX_MONTHS).isBefore(today)) {
			problems.add(new FieldProblem("givenOn", "OUT_OF_RANGE", "Not in the future, nor over 12 months ago"));
		}
		else {
			LocalDate latestExpiry = c.givenOn().plusMonths(MAX_MONTHS);
			expires = c.expiresOn() == null ? latestExpiry : c.expiresOn();
			if (expires.isAfter(latestExpiry) || expires.isBefore(today)) {
				problems.add(new FieldProblem("expiresOn", "OUT_OF_RANGE",
						"At most 12 months after it was given, and not already past"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("INVALID_CLEARANCE", "The clearance is not complete", problems);
		}
		return expires;
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "REQUIRED", "Required"));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "TOO_LONG", "At most " + max + " characters"));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
