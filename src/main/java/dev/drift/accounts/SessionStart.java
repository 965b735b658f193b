package dev.drift.accounts;

import dev.drift.people.Clinics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What every signed-in browser session gets: its clinic's inactivity timeout, and — when
 * the sign-in happens outside the sign-in form, as after sign-up — a fresh session id and
 * a saved security context.
 */
@Component
public class SessionStart {

	private final Clinics clinics;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionStart(Clinics clinics) {
		this.clinics = clinics;
	}

	/** Applies the clinic's inactivity timeout to the signed-in session. */
	public void applyTimeout(HttpServletRequest request, Authentication authentication) {
		if (authentication.getPrincipal() instanceof DriftUser user) {
			int minutes = this.clinics.get(user.actor().clinicId()).settings().inactivityTimeoutMinutes();
			request.getSession().setMaxInactiveInterval(minutes * 60);
		}
	}

	/** Signs a browser in with an authentication obtained outside the sign-in form. */
	void signIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		this.repository.saveContext(context, request, response);
		applyTimeout(request, authentication);
	}

}
