package dev.drift.accounts;

import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
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
 * a second factor ({@code FACTOR_OTT}: an authenticator-app or recovery code, see
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

	private final AllRequiredFactorsAuthorizationManager<Object> passwordAndCode = AllRequiredFactorsAuthorizationManager
		.builder()
		.requireFactor((factor) -> factor.passwordAuthority())
		.requireFactor((factor) -> factor.ottAuthority())
		.build();

	private final SecondFactors factors;

	StaffMfaRequirement(SecondFactors factors) {
		this.factors = factors;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object object) {
		Authentication current = authentication.get();
		if (current == null || !(current.getPrincipal() instanceof DriftUser user)
				|| current.getAuthorities().stream().anyMatch((a) -> API_TOKEN_AUTHORITY.equals(a.getAuthority()))
				|| secondFactorPage(object) || !this.factors.required(user.actor())) {
			return GRANTED;
		}
		return this.passwordAndCode.authorize(authentication, object);
	}

	private static boolean secondFactorPage(Object object) {
		if (object instanceof RequestAuthorizationContext context) {
			String path = context.getRequest().getServletPath();
			return path.equals("/mfa") || path.startsWith("/mfa/");
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
