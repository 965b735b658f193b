package dev.drift.accounts;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.drift.shared.TimeZones;
import dev.drift.people.ClinicId;
import dev.drift.people.ClinicProfile;
import dev.drift.people.People;
import dev.drift.shared.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Clients sign up themselves: name, email, password, and consent to the processing of
 * their health data. The page answers the same whether or not the email is already
 * registered (the email sent to it says which), then the client signs in.
 */
@Controller
class SignUpController {

	private final Accounts accounts;

	private final People people;

	SignUpController(Accounts accounts, People people) {
		this.accounts = accounts;
		this.people = people;
	}

	@GetMapping("/signup")
	String form(Model model, Authentication signedIn) {
		if (isSignedIn(signedIn)) {
			return "redirect:/home";
		}
		List<ClinicProfile> all = this.people.clinics();
		ClinicProfile first = all.isEmpty() ? null : all.getFirst();
		model.addAttribute("form", SignUpForm.empty(first == null ? TimeZones.UTC.getId() : first.timeZone().getId(),
				first == null ? "" : first.id().toString()));
		return page(model, all);
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, Model model,
			Authentication signedIn) {
		if (isSignedIn(signedIn)) {
			return "redirect:/home";
		}
		ClinicProfile clinic = clinic(form.clinicId(), errors);
		ZoneId zone = zone(form.timeZone(), clinic);
		if (!form.consents()) {
			errors.rejectValue("healthDataConsent", "signup.consent.required");
		}
		if (errors.hasErrors()) {
			return page(model, this.people.clinics());
		}
		this.accounts.signUpByEmail(
				new SignUp(clinic.id(), form.name().strip(), form.email(), form.password(), zone, form.consents()));
		return "redirect:/login?registered";
	}

	private static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private ClinicProfile clinic(String id, BindingResult errors) {
		try {
			return this.people.clinic(new ClinicId(UUID.fromString(id)));
		}
		catch (IllegalArgumentException | NullPointerException | NotFoundException ex) {
			errors.rejectValue("clinicId", "signup.clinic.invalid");
			return null;
		}
	}

	private static ZoneId zone(String id, ClinicProfile clinic) {
		if (TimeZones.accepted(id)) {
			return ZoneId.of(id);
		}
		return clinic == null ? TimeZones.UTC : clinic.timeZone();
	}

	private static String page(Model model, List<ClinicProfile> clinics) {
		model.addAttribute("clinics", clinics);
		return "signup";
	}

}
