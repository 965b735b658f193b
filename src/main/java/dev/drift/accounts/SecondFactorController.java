package dev.drift.accounts;

import java.util.List;

import dev.drift.people.Actor;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's second-factor pages, reachable after the password alone: entering a code
 * ({@code /mfa}, posted to Spring Security's {@code /login/ott}), and setting up an
 * authenticator app ({@code /mfa/setup}) with its recovery codes, shown once.
 */
@Controller
class SecondFactorController {

	private final SecondFactors factors;

	private final Accounts accounts;

	SecondFactorController(SecondFactors factors, Accounts accounts) {
		this.factors = factors;
		this.accounts = accounts;
	}

	@GetMapping("/mfa")
	String code(Actor actor) {
		if (!this.factors.required(actor)) {
			return "redirect:/home";
		}
		return this.factors.enrolled(actor.accountId()) ? "mfa/code" : "redirect:/mfa/setup";
	}

	@GetMapping("/mfa/setup")
	String setup(Actor actor, Model model) {
		staffOnly(actor);
		if (this.factors.enrolled(actor.accountId())) {
			model.addAttribute("enrolled", true);
			return "mfa/setup";
		}
		String secret = this.factors.pendingSecret(actor).or(() -> this.factors.begin(actor)).orElseThrow();
		return setupPage(actor, secret, model);
	}

	@PostMapping("/mfa/setup")
	String confirm(Actor actor, @RequestParam(defaultValue = "") String code, Model model) {
		staffOnly(actor);
		if (this.factors.enrolled(actor.accountId())) {
			return "redirect:/mfa/setup";
		}
		List<String> recovery = this.factors.confirm(actor, code.strip());
		if (recovery.isEmpty()) {
			model.addAttribute("codeError", true);
			return this.factors.pendingSecret(actor)
				.map((secret) -> setupPage(actor, secret, model))
				.orElse("redirect:/mfa/setup");
		}
		model.addAttribute("recoveryCodes", recovery);
		return "mfa/setup";
	}

	private String setupPage(Actor actor, String secret, Model model) {
		model.addAttribute("secret", secret);
		String link = Totp.link(SecondFactors.ISSUER, this.accounts.me(actor).email(), secret);
		model.addAttribute("link", link);
		model.addAttribute("qr", QrCode.svgDataUri(link));
		return "mfa/setup";
	}

	/** A second factor is for staff accounts: clients have no setup page. */
	private static void staffOnly(Actor actor) {
		if (!actor.isStaff()) {
			throw new NotFoundException("Page");
		}
	}

}
