package dev.drift.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.drift.accounts.Accounts;
import dev.drift.audit.AuditLog;
import dev.drift.audit.AuditLog.AuditRecord;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.ResultPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin reads the clinic's audit trail: who read or changed which client's data,
 * when, and how it ended. People are shown by name (accounts by email, clients by their
 * name, an erased client as such) and times in the clinic's zone, never as raw ids.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	private final Accounts accounts;

	private final People people;

	AuditController(AuditLog audit, Accounts accounts, People people) {
		this.audit = audit;
		this.accounts = accounts;
		this.people = people;
	}

	@GetMapping("/admin/audit")
	String trail(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		actor.requireAdmin();
		ResultPage<AuditRecord> entries = this.audit.page(actor.clinicId().value(), page, PAGE_SIZE);
		Set<UUID> accountIds = new HashSet<>();
		Map<UUID, String> clientNames = new HashMap<>();
		entries.items().forEach((entry) -> {
			accountIds.add(entry.actorAccountId());
			accountIds.add(entry.accountId());
			if (entry.clientId() != null) {
				clientNames.computeIfAbsent(entry.clientId(), this::clientName);
			}
		});
		model.addAttribute("entries", entries);
		model.addAttribute("emails", this.accounts.emails(actor, accountIds));
		model.addAttribute("clientNames", clientNames);
		model.addAttribute("zone", this.people.clinic(actor.clinicId()).timeZone());
		return "admin/audit";
	}

	/** The client's name; empty for an erased or unknown client (the page says so). */
	private String clientName(UUID id) {
		return this.people.findClient(new ClientId(id))
			.filter((client) -> client.erasedAt() == null)
			.map(ClientProfile::name)
			.orElse("");
	}

}
