package dev.drift.people;

import java.util.UUID;

import dev.drift.shared.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin manages therapists: profile, skills, weekly hours with breaks, and time off.
 * New therapists arrive with their staff account (Staff page). Adding time off is the
 * front desk's ({@code frontdesk.TimeOffDeskController}): it must first settle the
 * appointments booked in those days.
 */
@Controller
class TherapistAdminController {

	private final Therapists therapists;

	TherapistAdminController(Therapists therapists) {
		this.therapists = therapists;
	}

	@GetMapping("/admin/therapists")
	String list(Actor actor, Model model) {
		model.addAttribute("therapists", this.therapists.of(actor.clinicId()));
		return "admin/therapists";
	}

	@GetMapping("/admin/therapists/{id}")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		TherapistProfile therapist = this.therapists.get(actor, new TherapistId(id));
		model.addAttribute("form", TherapistForm.of(therapist));
		return page(therapist, TimeOffForm.empty(), model);
	}

	@PostMapping("/admin/therapists/{id}")
	String save(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") TherapistForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		TherapistProfile therapist = this.therapists.get(actor, new TherapistId(id));
		form.validate(errors);
		if (errors.hasErrors()) {
			return page(therapist, TimeOffForm.empty(), model);
		}
		this.therapists.change(actor, therapist.id(), form.toDetails());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/therapists/" + id;
	}

	@PostMapping("/admin/therapists/{id}/time-off/cancel")
	String cancelTimeOff(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute TimeOffForm timeOff,
			BindingResult errors, RedirectAttributes redirect) {
		timeOff.validate(errors);
		if (errors.hasErrors()) {
			throw new NotFoundException("Time off");
		}
		this.therapists.cancelTimeOff(actor, new TherapistId(id), timeOff.toTimeOff());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/therapists/" + id;
	}

	private String page(TherapistProfile therapist, TimeOffForm timeOff, Model model) {
		model.addAttribute("therapist", therapist);
		if (!model.containsAttribute("timeOff")) {
			model.addAttribute("timeOff", timeOff);
		}
		model.addAttribute("skillOptions", Skill.values());
		return "admin/therapist";
	}

}
