package dev.drift.accounts;

import dev.drift.people.Actor;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Links by email: "forgot your password" (the same answer whether or not the address has
 * an account), setting a password from a reset or invitation link, confirming the address
 * given at sign-up, and sending that confirmation again.
 */
@Controller
class PasswordLinkController {

	private final PasswordLinks links;

	private final Accounts accounts;

	PasswordLinkController(PasswordLinks links, Accounts accounts) {
		this.links = links;
		this.accounts = accounts;
	}

	@GetMapping("/password/forgot")
	String forgot() {
		return "password/forgot";
	}

	@PostMapping("/password/forgot")
	String requestReset(@RequestParam(defaultValue = "") String email) {
		this.links.requestReset(email);
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("form", new ResetForm(token, ""));
		return page(token, model);
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") ResetForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(form.token(), model);
		}
		if (!this.links.setPassword(form.token(), form.password())) {
			model.addAttribute("invalid", true);
			return "password/reset";
		}
		return "redirect:/login?passwordSet";
	}

	@GetMapping("/email/verify")
	String verify(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("verified", this.links.verify(token));
		return "password/verified";
	}

	@PostMapping("/account/verify")
	String resend(Actor actor, RedirectAttributes redirect) {
		this.accounts.askToVerify(actor);
		redirect.addFlashAttribute("verificationSent", true);
		return "redirect:/account";
	}

	private String page(String token, Model model) {
		model.addAttribute("invalid",
				this.links.find(token, PasswordLinks.Purpose.RESET, PasswordLinks.Purpose.INVITE).isEmpty());
		return "password/reset";
	}

	/** The new password and the link's secret (a hidden field). */
	record ResetForm(String token, @AcceptablePassword String password) {
	}

}
