package dev.drift.people;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin manages the clinic: details, emergency numbers, opening hours and settings.
 */
@Controller
class ClinicAdminController {

	private final Clinics clinics;

	ClinicAdminController(Clinics clinics) {
		this.clinics = clinics;
	}

	@GetMapping("/admin/clinic")
	String edit(Actor actor, Model model) {
		model.addAttribute("form", ClinicForm.of(this.clinics.get(actor.clinicId())));
		return "admin/clinic";
	}

	@PostMapping("/admin/clinic")
	String save(Actor actor, @Valid @ModelAttribute("form") ClinicForm form, BindingResult errors,
			RedirectAttributes redirect) {
		form.validate(errors);
		if (errors.hasErrors()) {
			return "admin/clinic";
		}
		this.clinics.change(actor, form.toDetails());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/clinic";
	}

}
