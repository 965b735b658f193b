package dev.drift.accounts;

import dev.drift.people.People;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * What every signed-in browser session gets: its clinic's inactivity timeout, and — when
 * the sign-in happens outside the sign-in form, as after sign-up — a fresh session id and
 * a saved security context.
 */
@Component
class SessionStart {

	private final People people;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionStart(People people, FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.people = people;
		this.sessions = sessions;
	}

	/** Applies the clinic's inactivity timeout to the signed-in session. */
	public void applyTimeout(HttpServletRequest request, Authentication authentication) {
		if (authentication.getPrincipal() instanceof DriftUser user) {
			int minutes = this.people.clinic(user.actor().clinicId()).settings().inactivityTimeoutMinutes();
			request.getSession().setMaxInactiveInterval(minutes * 60);
		}
	}

	/** Signs the account out everywhere else, e.g. after its password changed. */
	void endOtherSessions(HttpServletRequest request, String email) {
		String current = request.getSession().getId();
		this.sessions.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(current))
			.forEach(this.sessions::deleteById);
	}

	/** Signs a browser in with an authentication obtained outside the sign-in form. */
	void signIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
			this.csrfTokens.saveToken(null, request, response);
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		this.repository.saveContext(context, request, response);
		applyTimeout(request, authentication);
	}

}
