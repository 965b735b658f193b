package dev.drift.site;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import dev.drift.accounts.Accounts;
import dev.drift.audit.AuditLog;
import dev.drift.audit.AuditLog.AuditRecord;
import dev.drift.people.Actor;
import dev.drift.people.People;
import dev.drift.shared.ResultPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin reads the clinic's audit trail: who read or changed which client's data,
 * when, and how it ended. Ids and outcomes only, as stored.
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
		entries.items().forEach((entry) -> {
			accountIds.add(entry.actorAccountId());
			accountIds.add(entry.accountId());
		});
		model.addAttribute("entries", entries);
		model.addAttribute("emails", this.accounts.emails(actor, accountIds));
		model.addAttribute("zone", this.people.clinic(actor.clinicId()).timeZone());
		return "admin/audit";
	}

}
