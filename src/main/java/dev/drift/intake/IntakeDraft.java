package dev.drift.intake;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client's intake form while it is being filled: the answers so far as JSON, the step
 * reached, who saved it last and when. Nothing here is screened or validated yet.
 */
@Table("intake_draft")
class IntakeDraft {

	@Id
	private final UUID id;

	@Version
	private Long version;

	private final UUID clinicId;

	private final UUID clientId;

	private String answers;

	private int step;

	private Instant updatedAt;

	private UUID updatedBy;

	private UUID recheckId;

	private String recheckAnswers;

	@PersistenceCreator
	IntakeDraft(UUID id, Long version, UUID clinicId, UUID clientId, String answers, int step, Instant updatedAt,
			UUID updatedBy, UUID recheckId, String recheckAnswers) {
		this.id = id;
		this.version = version;
		this.clinicId = clinicId;
		this.clientId = clientId;
		this.answers = answers;
		this.step = step;
		this.updatedAt = updatedAt;
		this.updatedBy = updatedBy;
		this.recheckId = recheckId;
		this.recheckAnswers = recheckAnswers;
	}

	static IntakeDraft start(UUID clinicId, UUID clientId) {
		return new IntakeDraft(UUID.randomUUID(), null, clinicId, clientId, "{}", 1, null, null, null, null);
	}

	/** Keeps the answers so far; the step reached only moves forward. */
	void save(String answersJson, int reached, UUID by, Instant at) {
		this.answers = answersJson;
		this.step = Math.max(this.step, reached);
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/**
	 * Starts over for a re-check that found a change: the given answers, from the first
	 * step.
	 */
	void restartFor(RecheckUpdate update, String answersJson, UUID by, Instant at) {
		this.answers = answersJson;
		this.step = 1;
		this.recheckId = update.recheckId();
		this.recheckAnswers = update.code();
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** Keeps the typed answers when the client changes the short form's answers. */
	void updateRecheck(RecheckUpdate update, UUID by, Instant at) {
		this.recheckAnswers = update.code();
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** The re-check this draft answers, or {@code null}. */
	RecheckUpdate recheck() {
		return this.recheckId == null ? null : RecheckUpdate.of(this.recheckId, this.recheckAnswers);
	}

	boolean isNew() {
		return this.version == null;
	}

	UUID clientId() {
		return this.clientId;
	}

	String answers() {
		return this.answers;
	}

	int step() {
		return this.step;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
