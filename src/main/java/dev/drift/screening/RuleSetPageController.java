package dev.drift.screening;

import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.TherapistId;
import dev.drift.people.People;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screening rules page: the version in force and the one waiting for sign-off, the
 * clinic's thresholds and policies (admin), the lead therapist (admin) and sign-off
 * (lead).
 */
@Controller
class RuleSetPageController {

	private final RuleSets ruleSets;

	private final People people;

	RuleSetPageController(RuleSets ruleSets, People people) {
		this.ruleSets = ruleSets;
		this.people = people;
	}

	@GetMapping("/intake/rules")
	String show(Actor actor, Model model) {
		model.addAttribute("form", RuleSettingsForm.of(this.ruleSets.newest(actor.clinicId()).settings()));
		return page(actor, model);
	}

	@PostMapping("/intake/rules")
	String change(Actor actor, @ModelAttribute("form") RuleSettingsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		actor.requireAdmin();
		RuleSettings settings = form.toSettings(this.ruleSets.inForce(actor.clinicId()).settings(), errors);
		if (settings == null) {
			return page(actor, model);
		}
		this.ruleSets.change(actor, settings);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/intake/rules";
	}

	@PostMapping("/intake/rules/{version}/sign-off")
	String signOff(Actor actor, @PathVariable UUID version, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		this.ruleSets.signOff(actor, version, name);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/intake/rules";
	}

	@PostMapping("/intake/rules/lead")
	String lead(Actor actor, @RequestParam(defaultValue = "") String therapist, RedirectAttributes redirect) {
		this.ruleSets.nameLeadTherapist(actor,
				therapist.isBlank() ? null : new TherapistId(UUID.fromString(therapist)));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/intake/rules";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("history", this.ruleSets.history(actor));
		model.addAttribute("inForce", this.ruleSets.inForce(actor.clinicId()));
		model.addAttribute("pending", this.ruleSets.pending(actor.clinicId()).orElse(null));
		model.addAttribute("maySignOff", this.ruleSets.maySignOff(actor));
		model.addAttribute("isAdmin", actor.isAdmin());
		model.addAttribute("therapists", this.people.therapistsOf(actor.clinicId()));
		model.addAttribute("lead", this.ruleSets.leadTherapist(actor.clinicId()).orElse(null));
		return "screening/rules";
	}

}
