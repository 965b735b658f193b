package dev.drift.intake;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits a finished intake form: the core records and screens it (and updates the
 * profile's sleep schedule), then the draft is removed, all in one transaction. A draft
 * started from a re-check that found a change answers that re-check with the updated
 * answers (screened again, kind {@code RECHECK}); when the re-check has closed in the
 * meantime the answers are still kept, as an ordinary intake.
 */
@Component
class IntakeSubmission {

	private final Intake intake;

	private final IntakeDrafts drafts;

	private final Rechecks rechecks;

	IntakeSubmission(Intake intake, IntakeDrafts drafts, Rechecks rechecks) {
		this.intake = intake;
		this.drafts = drafts;
		this.rechecks = rechecks;
	}

	/**
	 * Records the answers; answers whether they also answered the draft's re-check.
	 */
	@Transactional
	boolean submit(Actor actor, ClientId client, ObjectNode answers, RecheckUpdate recheck) {
		boolean answersRecheck = recheck != null && recheck.answers().anyChange()
				&& this.rechecks.isOpen(recheck.recheckId());
		if (answersRecheck) {
			this.intake.answerRecheck(actor, client, recheck.recheckId(), recheck.answers(), answers);
		}
		else {
			this.intake.recordIntake(actor, client, answers);
		}
		this.drafts.discard(actor, client);
		return answersRecheck;
	}

}
