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
 * Who may reach a client's sleep data (diary and questionnaires): the client themself and
 * staff of the client's clinic. Anything else (another client, another clinic, a missing
 * id) is "not found" and audited as denied. Staff reads and every change are audited;
 * never the content.
 */
@Component
class ClientAccess {

	private final Clients clients;

	private final AuditLog audit;

	ClientAccess(Clients clients, AuditLog audit) {
		this.clients = clients;
		this.audit = audit;
	}

	ClientProfile reach(Actor actor, ClientId id, String action) {
		ClientProfile client = this.clients.find(id)
			.filter((found) -> actor.mayAccessClient(found.clinicId(), found.id()))
			.orElse(null);
		if (client == null) {
			this.audit.recordIndependently(entry(actor, id, action, Outcome.DENIED));
			throw new NotFoundException("Client");
		}
		if (actor.isStaff() || !action.endsWith("_READ")) {
			this.audit.record(entry(actor, id, action, Outcome.SUCCESS));
		}
		return client;
	}

	private static AuditEntry entry(Actor actor, ClientId client, String action, Outcome outcome) {
		return new AuditEntry(actor.clinicId().value(), actor.accountId(), actor.role().name(), client.value(), null,
				action, outcome, null);
	}

}
