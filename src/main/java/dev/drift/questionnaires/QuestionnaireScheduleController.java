package dev.drift.questionnaires;

import dev.drift.people.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's questionnaire section: the schedule (validated) and each instrument's
 * licence metadata.
 */
@Controller
class QuestionnaireScheduleController {

	private final Questionnaires questionnaires;

	QuestionnaireScheduleController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@GetMapping("/admin/questionnaires")
	String edit(Actor actor, Model model) {
		actor.requireAdmin();
		model.addAttribute("form", QuestionnaireScheduleForm.of(this.questionnaires.schedule(actor.clinicId())));
		return page(model);
	}

	@PostMapping("/admin/questionnaires")
	String save(Actor actor, @ModelAttribute("form") QuestionnaireScheduleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		actor.requireAdmin();
		form.validate(errors);
		if (errors.hasErrors()) {
			return page(model);
		}
		this.questionnaires.changeSchedule(actor, form.toSchedule());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/questionnaires";
	}

	private String page(Model model) {
		model.addAttribute("instruments",
				java.util.Arrays.stream(Instrument.values()).map(this.questionnaires::definition).toList());
		return "questionnaires/questionnaire-settings";
	}

}
