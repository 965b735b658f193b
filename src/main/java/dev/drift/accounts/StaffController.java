package dev.drift.accounts;

import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.People;
import dev.drift.people.Role;
import dev.drift.shared.ConflictException;
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
 * The admin creates staff accounts and lifts sign-in locks.
 */
@Controller
class StaffController {

	private final Accounts accounts;

	private final SignInLocks locks;

	private final People people;

	StaffController(Accounts accounts, SignInLocks locks, People people) {
		this.accounts = accounts;
		this.locks = locks;
		this.people = people;
	}

	@GetMapping("/admin/staff")
	String list(Actor actor, Model model) {
		model.addAttribute("form", StaffForm.empty());
		return page(actor, model);
	}

	@PostMapping("/admin/staff")
	String create(Actor actor, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(actor, model);
		}
		try {
			this.accounts.createStaff(actor,
					new NewStaff(form.name(), form.email(), Role.valueOf(form.role()), form.password()));
		}
		catch (ConflictException ex) {
			errors.rejectValue("email", "staff.email.taken");
			return page(actor, model);
		}
		redirect.addFlashAttribute("created", form.email());
		return "redirect:/admin/staff";
	}

	@PostMapping("/admin/staff/{accountId}/unlock")
	String unlock(Actor actor, @PathVariable UUID accountId, RedirectAttributes redirect) {
		this.locks.lift(actor, accountId);
		redirect.addFlashAttribute("unlocked", true);
		return "redirect:/admin/staff";
	}

	/** Deactivates ({@code deactivate}) or reactivates a staff account of the clinic. */
	@PostMapping("/admin/staff/{accountId}/{action:deactivate|reactivate}")
	String activation(Actor actor, @PathVariable UUID accountId, @PathVariable String action,
			RedirectAttributes redirect) {
		if ("deactivate".equals(action)) {
			this.accounts.deactivate(actor, accountId);
		}
		else {
			this.accounts.reactivate(actor, accountId);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/staff";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("staff", this.accounts.staff(actor));
		model.addAttribute("myAccountId", actor.accountId());
		model.addAttribute("locks", this.locks.locks(actor));
		model.addAttribute("zone", this.people.clinic(actor.clinicId()).timeZone());
		return "admin/staff";
	}

}
