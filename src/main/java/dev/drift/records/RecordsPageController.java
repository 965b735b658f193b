package dev.drift.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.People;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's "Your data" page, reached from their account page (download everything,
 * withdraw consent, ask for erasure), and the admin's erasure page (approve requests, the
 * retention period, what is kept and locked).
 */
@Controller
class RecordsPageController {

	private final Records records;

	private final People people;

	private final Clock clock;

	RecordsPageController(Records records, People people, Clock clock) {
		this.records = records;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/account/data")
	String page(Actor actor, Model model) {
		requireClient(actor);
		model.addAttribute("client", this.people.client(actor, actor.clientId()));
		model.addAttribute("erasure", this.records.erasureRequest(actor, actor.clientId()).orElse(null));
		model.addAttribute("retentionYears", this.records.retentionYears(actor.clinicId()));
		return "records/data";
	}

	@GetMapping("/account/data/export.zip")
	ResponseEntity<byte[]> export(Actor actor) {
		requireClient(actor);
		byte[] zip = this.records.dataExport(actor, actor.clientId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("drift-my-data-" + LocalDate.now(this.clock) + ".zip")
						.build()
						.toString())
			.body(zip);
	}

	@PostMapping("/account/data/consent/withdraw")
	String withdraw(Actor actor, RedirectAttributes redirect) {
		requireClient(actor);
		this.records.withdrawConsent(actor);
		redirect.addFlashAttribute("withdrawn", true);
		return "redirect:/account/data";
	}

	@PostMapping("/account/data/erasure")
	String requestErasure(Actor actor, RedirectAttributes redirect) {
		requireClient(actor);
		this.records.requestErasure(actor);
		redirect.addFlashAttribute("requested", true);
		return "redirect:/account/data";
	}

	@GetMapping("/admin/erasures")
	String erasures(Actor actor, Model model) {
		actor.requireAdmin();
		model.addAttribute("requests", this.records.erasureRequests(actor));
		model.addAttribute("retentionYears", this.records.retentionYears(actor.clinicId()));
		return "records/erasures";
	}

	@PostMapping("/admin/erasures/{id}/approve")
	String approve(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		this.records.approveErasure(actor, id);
		redirect.addFlashAttribute("erased", true);
		return "redirect:/admin/erasures";
	}

	@PostMapping("/admin/erasures/retention")
	String retention(Actor actor, @RequestParam(defaultValue = "0") int years, Model model,
			RedirectAttributes redirect) {
		try {
			this.records.changeRetentionYears(actor, years);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("retentionError", true);
			return erasures(actor, model);
		}
		redirect.addFlashAttribute("retentionChanged", true);
		return "redirect:/admin/erasures";
	}

	private static void requireClient(Actor actor) {
		if (actor.clientId() == null) {
			throw new NotFoundException("Client");
		}
	}

}
