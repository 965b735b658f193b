package dev.drift.intake;

import java.time.Clock;
import java.time.Instant;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.ConflictException;
import dev.drift.shared.RuleViolationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake form's drafts: one per client, saved on every step so a reload loses
 * nothing. The client for themself or staff of the clinic; staff reads and every change
 * are audited (ids only, never the answers).
 */
@Service
@Transactional
class IntakeDrafts {

	/** The draft column holds 200,000 characters. */
	static final int MAX_CHARS = 190_000;

	/** The section about today: never prefilled from an earlier intake. */
	static final String TODAY = "today";

	private static final String SAVED = "INTAKE_DRAFT_SAVED";

	private final IntakeDraftRepository drafts;

	private final People people;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Intake intake;

	private final Clock clock;

	IntakeDrafts(IntakeDraftRepository drafts, People people, AuditLog audit, JsonMapper json, Intake intake,
			Clock clock) {
		this.intake = intake;
		this.drafts = drafts;
		this.people = people;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The client and their draft; a client without a draft starts from the core's prefill
	 * (their latest answers, the profile's sleep schedule) except the "about today"
	 * questions, which must be answered fresh; nothing is stored until the first step is
	 * saved.
	 */
	IntakeDraftView open(Actor actor, ClientId client) {
		ClientProfile profile = this.people.client(actor, client);
		IntakeDraft draft = this.drafts.findByClientId(client.value()).orElse(null);
		if (actor.isStaff()) {
			this.audit.record(actor.audit("INTAKE_DRAFT_READ", client));
		}
		if (draft == null) {
			return new IntakeDraftView(profile, fresh(actor, client), 1, null, null);
		}
		return new IntakeDraftView(profile, (ObjectNode) this.json.readTree(draft.answers()), draft.step(),
				draft.updatedAt(), draft.recheck());
	}

	/**
	 * A re-check found a change: the draft starts over from the latest answers (except
	 * "about today") and answers the re-check once sent. A draft already started for the
	 * same re-check keeps what was typed.
	 */
	void startRecheck(Actor actor, ClientId client, RecheckUpdate update) {
		ClientProfile profile = this.people.reach(actor, client, SAVED);
		profile.requireHealthDataAllowed();
		IntakeDraft draft = this.drafts.findByClientId(client.value()).orElse(null);
		Instant now = Instant.now(this.clock);
		if (draft != null && draft.recheck() != null && update.recheckId().equals(draft.recheck().recheckId())) {
			draft.updateRecheck(update, actor.accountId(), now);
		}
		else {
			if (draft == null) {
				draft = IntakeDraft.start(profile.clinicId().value(), client.value());
			}
			draft.restartFor(update, this.json.writeValueAsString(fresh(actor, client)), actor.accountId(), now);
		}
		store(draft);
	}

	/** The answers a new form starts from: the latest, without "about today". */
	private ObjectNode fresh(Actor actor, ClientId client) {
		ObjectNode answers = this.intake.prefill(actor, client);
		this.intake.questionnaire()
			.sections()
			.stream()
			.filter((section) -> TODAY.equals(section.id()))
			.flatMap((section) -> section.questions().stream())
			.forEach((q) -> answers.remove(q.id()));
		return answers;
	}

	/** Saves the answers so far and the step reached. */
	void save(Actor actor, ClientId client, ObjectNode answers, int reached) {
		ClientProfile profile = this.people.reach(actor, client, SAVED);
		profile.requireHealthDataAllowed();
		IntakeDraft draft = this.drafts.findByClientId(client.value())
			.orElseGet(() -> IntakeDraft.start(profile.clinicId().value(), client.value()));
		String text = this.json.writeValueAsString(answers);
		if (text.length() > MAX_CHARS) {
			throw new RuleViolationException("DRAFT_TOO_LARGE", "The answers are too long to keep");
		}
		draft.save(text, reached, actor.accountId(), Instant.now(this.clock));
		store(draft);
	}

	private void store(IntakeDraft draft) {
		try {
			this.drafts.save(draft);
		}
		catch (DataAccessException ex) {
			if (concurrent(ex) || concurrent(ex.getCause())) {
				throw new ConflictException("DRAFT_CHANGED", "Someone else saved these answers at the same time");
			}
			throw ex;
		}
	}

	/** Removes the draft once the intake has been submitted. */
	void discard(Actor actor, ClientId client) {
		this.people.reach(actor, client, "INTAKE_DRAFT_DISCARDED");
		this.drafts.findByClientId(client.value()).ifPresent(this.drafts::delete);
	}

	private static boolean concurrent(Throwable ex) {
		return ex instanceof OptimisticLockingFailureException || ex instanceof DuplicateKeyException;
	}

}
