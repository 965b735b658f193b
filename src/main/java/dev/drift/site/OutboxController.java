package dev.drift.site;

import java.util.Arrays;
import java.util.UUID;

import dev.drift.notify.MessageStatus;
import dev.drift.notify.Outbox;
import dev.drift.notify.OutboxEntry;
import dev.drift.people.Actor;
import dev.drift.people.People;
import dev.drift.shared.ResultPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's view of the clinic's email outbox: what was queued, sent or given up, and a
 * retry for a failed message. It lives in site because notify knows no actors (it must
 * not depend on people); this controller checks the admin and passes their clinic's id.
 */
@Controller
class OutboxController {

	static final int PAGE_SIZE = 50;

	private final Outbox outbox;

	private final People people;

	OutboxController(Outbox outbox, People people) {
		this.outbox = outbox;
		this.people = people;
	}

	@GetMapping("/admin/outbox")
	String list(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "") String status,
			Model model) {
		actor.requireAdmin();
		MessageStatus filter = Arrays.stream(MessageStatus.values())
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		ResultPage<OutboxEntry> messages = this.outbox.page(actor.clinicId().value(), filter, page, PAGE_SIZE);
		model.addAttribute("messages", messages);
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("zone", this.people.clinic(actor.clinicId()).timeZone());
		return "notify/outbox";
	}

	@PostMapping("/admin/outbox/{id}/retry")
	String retry(Actor actor, @PathVariable UUID id) {
		actor.requireAdmin();
		this.outbox.retry(actor.clinicId().value(), actor.accountId(), id);
		return "redirect:/admin/outbox?retried";
	}

}
