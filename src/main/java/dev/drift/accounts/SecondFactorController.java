package dev.drift.accounts;

import java.util.List;
import java.util.Set;

import dev.drift.people.Actor;
import dev.drift.shared.NotFoundException;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's second-factor pages, reachable after the password alone: the second step
 * ({@code /mfa}: a passkey, through Spring Security's {@code /login/webauthn}, or a code
 * posted to its {@code /login/ott}), and setting up a passkey (preferred) or an
 * authenticator app ({@code /mfa/setup}), with recovery codes shown once. An account that
 * has a second factor adds another only after signing in with one (or where its clinic
 * does not ask for a second step): a password alone never adds a factor to it.
 */
@Controller
class SecondFactorController {

	private static final Set<String> SECOND_FACTORS = Set.of(FactorGrantedAuthority.OTT_AUTHORITY,
			FactorGrantedAuthority.WEBAUTHN_AUTHORITY);

	private final SecondFactors factors;

	private final Accounts accounts;

	SecondFactorController(SecondFactors factors, Accounts accounts) {
		this.factors = factors;
		this.accounts = accounts;
	}

	@GetMapping("/mfa")
	String code(Actor actor, Model model) {
		if (!this.factors.required(actor)) {
			return "redirect:/home";
		}
		if (!this.factors.enrolled(actor.accountId())) {
			return "redirect:/mfa/setup";
		}
		model.addAttribute("hasPasskey", !this.factors.passkeys(actor.accountId()).isEmpty());
		return "mfa/code";
	}

	@GetMapping("/mfa/setup")
	String setup(Actor actor, Authentication authentication, Model model) {
		staffOnly(actor);
		boolean mayAdd = mayAddFactor(actor, authentication);
		if (mayAdd && !this.factors.totpEnrolled(actor.accountId())) {
			String secret = this.factors.pendingSecret(actor).or(() -> this.factors.begin(actor)).orElseThrow();
			authenticatorApp(actor, secret, model);
		}
		return setupPage(actor, mayAdd, model);
	}

	@PostMapping("/mfa/setup")
	String confirm(Actor actor, Authentication authentication, @RequestParam(defaultValue = "") String code,
			Model model) {
		staffOnly(actor);
		if (this.factors.totpEnrolled(actor.accountId()) || !mayAddFactor(actor, authentication)) {
			return "redirect:/mfa/setup";
		}
		List<String> recovery = this.factors.confirm(actor, code.strip());
		if (recovery.isEmpty()) {
			model.addAttribute("codeError", true);
			this.factors.pendingSecret(actor).ifPresent((secret) -> authenticatorApp(actor, secret, model));
			return setupPage(actor, true, model);
		}
		model.addAttribute("recoveryCodes", recovery);
		model.addAttribute("confirmed", "mfa.setup.confirmed");
		return "mfa/setup";
	}

	/**
	 * Where the page's script comes once Spring Security registered a passkey: the first
	 * second factor of an account brings its recovery codes, shown once, to the session
	 * that registered it (or to one signed in with a second factor), never to a password
	 * alone.
	 */
	@PostMapping("/mfa/setup/passkey")
	String passkeyAdded(Actor actor, Authentication authentication, HttpSession session, Model model) {
		staffOnly(actor);
		Object registered = session.getAttribute(PasskeyConfiguration.AuditedCredentials.PASSKEY_ADDED);
		session.removeAttribute(PasskeyConfiguration.AuditedCredentials.PASSKEY_ADDED);
		boolean thisSession = registered != null && this.factors.passkeyOwner(actor.accountId(), registered.toString());
		List<String> recovery = (thisSession || mayAddFactor(actor, authentication)) ? this.factors.passkeyAdded(actor)
				: List.of();
		if (recovery.isEmpty()) {
			return "redirect:/mfa/setup?passkey";
		}
		model.addAttribute("recoveryCodes", recovery);
		model.addAttribute("confirmed", "mfa.setup.passkeyAdded");
		return "mfa/setup";
	}

	private String setupPage(Actor actor, boolean mayAdd, Model model) {
		model.addAttribute("mayAdd", mayAdd);
		model.addAttribute("passkeys", this.factors.passkeys(actor.accountId()));
		model.addAttribute("totpEnrolled", this.factors.totpEnrolled(actor.accountId()));
		model.addAttribute("enrolled", this.factors.enrolled(actor.accountId()));
		return "mfa/setup";
	}

	private void authenticatorApp(Actor actor, String secret, Model model) {
		model.addAttribute("secret", secret);
		String link = Totp.link(SecondFactors.ISSUER, this.accounts.me(actor).email(), secret);
		model.addAttribute("link", link);
		model.addAttribute("qr", QrCode.svgDataUri(link));
	}

	/**
	 * A factor may be added with the password alone only while the account has none (or
	 * its clinic asks for no second step); otherwise this sign-in must have used one.
	 */
	private boolean mayAddFactor(Actor actor, Authentication authentication) {
		return !this.factors.required(actor) || !this.factors.enrolled(actor.accountId())
				|| authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.anyMatch(SECOND_FACTORS::contains);
	}

	/** A second factor is for staff accounts: clients have no setup page. */
	private static void staffOnly(Actor actor) {
		if (!actor.isStaff()) {
			throw new NotFoundException("Page");
		}
	}

}
