package dev.drift.accounts;

import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.shared.ConflictException;
import dev.drift.shared.RuleViolationException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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
 * The caller's own account page: who they are, and their personal API tokens (created and
 * shown once, revoked).
 */
@Controller
class AccountController {

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final ChangePassword passwords;

	private final SessionStart sessions;

	AccountController(Accounts accounts, ApiTokens tokens, ChangePassword passwords, SessionStart sessions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String show(Actor actor, Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		return page(actor, model);
	}

	@PostMapping("/account/password")
	String changePassword(Actor actor, @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (!errors.hasErrors()) {
			switch (this.passwords.change(actor, form.currentPassword(), form.newPassword())) {
				case WRONG_CURRENT_PASSWORD -> errors.rejectValue("currentPassword", "password.current.wrong");
				case TOO_MANY_ATTEMPTS -> errors.rejectValue("currentPassword", "password.current.locked");
				case CHANGED -> this.sessions.endOtherSessions(request, this.accounts.me(actor).email());
			}
		}
		if (errors.hasErrors()) {
			return page(actor, model);
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/account";
	}

	/**
	 * Answers with the page itself (no redirect), so the secret is never stored, not even
	 * as a flash attribute.
	 */
	@PostMapping("/account/tokens")
	String issue(Actor actor, @RequestParam(defaultValue = "") String name, Model model) {
		try {
			model.addAttribute("issued", this.accounts.issueToken(actor, name));
		}
		catch (RuleViolationException | ConflictException ex) {
			model.addAttribute("tokenError", ex.code());
		}
		model.addAttribute("passwordForm", PasswordForm.empty());
		return page(actor, model);
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("account", this.accounts.me(actor));
		model.addAttribute("emailVerified", this.accounts.emailVerified(actor));
		model.addAttribute("tokens", this.tokens.list(actor));
		return "account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(actor, id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account";
	}

}
