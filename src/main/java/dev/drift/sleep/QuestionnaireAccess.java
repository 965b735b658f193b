package dev.drift.sleep;

import dev.drift.audit.AuditEntry;
import dev.drift.audit.AuditEntry.Outcome;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.Clients;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Whether an actor may reach a client's questionnaires (the client themself, or staff of
 * the client's clinic), with the audit row: a refusal is audited as DENIED and answers
 * 404 like a missing id; staff reads and every change are audited as SUCCESS.
 */
@Component
class QuestionnaireAccess {

	static final String RECORDED = "QUESTIONNAIRE_RECORDED";

	static final String READ = "QUESTIONNAIRE_READ";

	private final Clients clients;

	private final AuditLog audit;

	QuestionnaireAccess(Clients clients, AuditLog audit) {
		this.clients = clients;
		this.audit = audit;
	}

	ClientProfile reachable(Actor actor, ClientId client, String action) {
		ClientProfile profile = this.clients.find(client)
			.filter((found) -> actor.mayAccessClient(found.clinicId(), found.id()))
			.orElse(null);
		if (profile == null) {
			this.audit.recordIndependently(entry(actor, client, action, Outcome.DENIED));
			throw new NotFoundException("Client");
		}
		if (actor.isStaff() || !action.equals(READ)) {
			this.audit.record(entry(actor, client, action, Outcome.SUCCESS));
		}
		return profile;
	}

	private static AuditEntry entry(Actor actor, ClientId client, String action, Outcome outcome) {
		return new AuditEntry(actor.clinicId().value(), actor.accountId(), actor.role().name(), client.value(), null,
				action, outcome, null);
	}

}
