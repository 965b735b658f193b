package dev.drift.accounts;

import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Multi-factor sign-in for staff on Spring Security's own support: every authorization
 * rule ({@code authenticated()}, {@code hasRole(…)}) also requires, for a therapist or
 * admin of a clinic whose setting says so, both a password ({@code FACTOR_PASSWORD}) and
 * a second factor: a passkey ({@code FACTOR_WEBAUTHN}, see {@link PasskeyConfiguration})
 * or a code ({@code FACTOR_OTT}: an authenticator-app or recovery code, see
 * {@link SecondFactors}). Spring Security sends a browser missing the second factor to
 * the code page; the API answers 403, so HTTP Basic with a password alone no longer
 * reaches anything for such an account. API tokens (made on the Account page, so after a
 * full sign-in) keep working: machines authenticate with them. The second-factor pages
 * themselves ({@code /mfa}, {@code /mfa/**}) need the password only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = {})
class StaffMfaRequirement implements AuthorizationManager<Object> {

	/** Granted besides the roles to a caller signed in with an API token. */
	public static final String API_TOKEN_AUTHORITY = "API_TOKEN";

	private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

	/**
	 * The password and a second factor: a code first (so Spring Security sends a browser
	 * missing both to the code page, which offers the passkey too) or a passkey.
	 */
	private final AuthorizationManager<Object> passwordAndSecondFactor = AllRequiredFactorsAuthorizationManager.anyOf(
			AllRequiredFactorsAuthorizationManager.builder()
				.requireFactor((factor) -> factor.passwordAuthority())
				.requireFactor((factor) -> factor.ottAuthority())
				.build(),
			AllRequiredFactorsAuthorizationManager.builder()
				.requireFactor((factor) -> factor.passwordAuthority())
				.requireFactor((factor) -> factor.webauthnAuthority())
				.build());

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final SecondFactors factors;

	StaffMfaRequirement(SecondFactors factors) {
		this.factors = factors;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object object) {
		Authentication current = authentication.get();
		if (current == null || this.trust.isAnonymous(current) || !current.isAuthenticated()
				|| current.getAuthorities().stream().anyMatch((a) -> API_TOKEN_AUTHORITY.equals(a.getAuthority()))) {
			return GRANTED;
		}
		if (!(current.getPrincipal() instanceof DriftUser user)) {
			// a sign-in Drift does not know the account of: all factors, never a pass
			return this.passwordAndSecondFactor.authorize(authentication, object);
		}
		if (!this.factors.required(user.actor()) || secondFactorPage(object, user)) {
			return GRANTED;
		}
		return this.passwordAndSecondFactor.authorize(authentication, object);
	}

	/**
	 * The second-factor pages ({@code /mfa}, {@code /mfa/**}), and registering a first
	 * passkey ({@code /webauthn/register}) while the account has no second factor yet. A
	 * further passkey needs a complete sign-in: the password alone never adds a factor to
	 * an account that has one.
	 */
	private boolean secondFactorPage(Object object, DriftUser user) {
		if (object instanceof RequestAuthorizationContext context) {
			String path = context.getRequest().getServletPath();
			if (path.equals("/mfa") || path.startsWith("/mfa/")) {
				return true;
			}
			return (path.equals("/webauthn/register") || path.startsWith("/webauthn/register/"))
					&& !this.factors.enrolled(user.actor().accountId());
		}
		return false;
	}

	@Bean
	static AuthorizationManagerFactory<Object> staffMfaAuthorizationManagerFactory(StaffMfaRequirement requirement) {
		DefaultAuthorizationManagerFactory<Object> factory = new DefaultAuthorizationManagerFactory<>();
		factory.setAdditionalAuthorization(requirement);
		return factory;
	}

	@Bean
	static AuthenticationProvider secondFactorAuthenticationProvider(SecondFactors factors,
			DriftUserDetailsService users) {
		return new OneTimeTokenAuthenticationProvider(factors, users);
	}

}
