package dev.drift.frontdesk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import dev.drift.accounts.Accounts;
import dev.drift.accounts.ClientInvitation;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.ConflictException;
import dev.drift.shared.RuleViolationException;
import dev.drift.shared.TimeZones;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff add a new client at the front desk; the client receives an email with a link to
 * set their password (once, within 7 days).
 */
@Controller
class NewClientController {

	private final Accounts accounts;

	private final People people;

	NewClientController(Accounts accounts, People people) {
		this.accounts = accounts;
		this.people = people;
	}

	@GetMapping("/clients/new")
	String form(Actor actor, Model model) {
		actor.requireStaff();
		model.addAttribute("form",
				new NewClientForm("", "", "", "", this.people.clinic(actor.clinicId()).timeZone().getId(), ""));
		return "frontdesk/new-client";
	}

	@PostMapping("/clients/new")
	String add(Actor actor, @Valid @ModelAttribute("form") NewClientForm form, BindingResult errors,
			RedirectAttributes redirect) {
		actor.requireStaff();
		LocalDate born = null;
		if (form.dateOfBirth() != null && !form.dateOfBirth().isBlank()) {
			try {
				born = LocalDate.parse(form.dateOfBirth().strip());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("dateOfBirth", "desk.new.dateOfBirth.invalid");
			}
		}
		if (!TimeZones.accepted(form.timeZone())) {
			errors.rejectValue("timeZone", "desk.new.timeZone.invalid");
		}
		if (!form.consents()) {
			errors.rejectValue("consent", "desk.new.consent.required");
		}
		if (errors.hasErrors()) {
			return "frontdesk/new-client";
		}
		try {
			ClientProfile client = this.accounts.addClient(actor, new ClientInvitation(form.name().strip(),
					form.email().strip(), form.phone(), born, ZoneId.of(form.timeZone())));
			redirect.addFlashAttribute("done", "added");
			return "redirect:/clients/" + client.id().value() + "/desk";
		}
		catch (ConflictException ex) {
			errors.rejectValue("email", "desk.new.email.taken");
		}
		catch (RuleViolationException ex) {
			errors.rejectValue("email", "desk.new.email.invalid");
		}
		return "frontdesk/new-client";
	}

	/**
	 * The new client's details; the client agreed at the desk to the processing of health
	 * data.
	 */
	record NewClientForm(
			@NotBlank(message = "{desk.new.name.required}") @Size(max = 120,
					message = "{desk.new.name.long}") String name,
			@NotBlank(message = "{desk.new.email.required}") @Email(message = "{desk.new.email.invalid}") @Size(
					max = 254, message = "{desk.new.email.invalid}") String email,
			@Size(max = 40, message = "{desk.new.phone.long}") @Pattern(regexp = "[0-9+()\\- ]*",
					message = "{desk.new.phone.invalid}") String phone,
			String dateOfBirth, String timeZone, String consent) {

		boolean consents() {
			return "true".equals(this.consent);
		}

	}

}
