package dev.drift.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client edits their own profile and sleep schedule.
 */
@Controller
class ProfileController {

	private final Clients clients;

	private final Clock clock;

	ProfileController(Clients clients, Clock clock) {
		this.clients = clients;
		this.clock = clock;
	}

	@GetMapping("/me/profile")
	String edit(Actor actor, Model model) {
		model.addAttribute("form", ProfileForm.of(this.clients.get(actor, actor.clientId())));
		return form(model);
	}

	@PostMapping("/me/profile")
	String save(Actor actor, @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.hasValidZone()) {
			errors.rejectValue("timeZone", "profile.timeZone.invalid");
		}
		try {
			LocalDate born = form.parsedDateOfBirth();
			ZoneId zone = form.hasValidZone() ? ZoneId.of(form.timeZone()) : ZoneOffset.UTC;
			if (born != null && born.isAfter(LocalDate.now(this.clock.withZone(zone)))) {
				errors.rejectValue("dateOfBirth", "profile.dateOfBirth.future");
			}
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("dateOfBirth", "profile.dateOfBirth.invalid");
		}
		if (errors.hasErrors()) {
			return form(model);
		}
		this.clients.change(actor, actor.clientId(), form.toDetails(), form.toSchedule());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/me/profile";
	}

	private String form(Model model) {
		model.addAttribute("weekdays", SleepScheduleForm.weekdays());
		model.addAttribute("shiftPatterns", ShiftPattern.values());
		return "me/profile";
	}

}
