package dev.drift.site;

import java.io.IOException;

import dev.drift.accounts.LoginThrottledException;
import dev.drift.accounts.Accounts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: the session expires after the clinic's inactivity timeout, and the user
 * lands on their home page. After a failure: one message for any wrong email or password,
 * another for a throttled sign-in.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final Accounts accounts;

	SignInHandlers(Accounts accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.accounts.startSession(request, authentication);
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * The same start of a session for a sign-in made by a script (a passkey): the answer
	 * is JSON naming the page to go to, as Spring Security's WebAuthn script expects.
	 */
	AuthenticationSuccessHandler forScripts() {
		HttpMessageConverterAuthenticationSuccessHandler json = new HttpMessageConverterAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			this.accounts.startSession(request, authentication);
			json.onAuthenticationSuccess(request, response, authentication);
		};
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof LoginThrottledException throttled) {
			long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
			getRedirectStrategy().sendRedirect(request, response, "/login?locked=" + minutes);
			return;
		}
		getRedirectStrategy().sendRedirect(request, response, "/login?error");
	}

}
