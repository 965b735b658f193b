package dev.drift.intake;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits a finished intake form: the core records and screens it (and updates the
 * profile's sleep schedule), then the draft is removed, all in one transaction.
 */
@Component
class IntakeSubmission {

	private final Intake intake;

	private final IntakeDrafts drafts;

	IntakeSubmission(Intake intake, IntakeDrafts drafts) {
		this.intake = intake;
		this.drafts = drafts;
	}

	@Transactional
	ScreeningView submit(Actor actor, ClientId client, ObjectNode answers) {
		ScreeningView screening = this.intake.recordIntake(actor, client, answers);
		this.drafts.discard(actor, client);
		return screening;
	}

}
