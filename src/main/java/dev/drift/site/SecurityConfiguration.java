package dev.drift.site;

import java.util.List;

import dev.drift.accounts.Accounts;
import dev.drift.accounts.LoginThrottledException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * Two filter chains: the stateless JSON API (HTTP Basic or a personal API token, no CSRF,
 * problem documents for failures) and the pages (form sign-in, session, CSRF).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	AuthenticationManager authenticationManager(List<AuthenticationProvider> providers) {
		return new ProviderManager(providers);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, Accounts accounts,
			Problems problems) {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return machineCallers(http, authenticationManager, accounts, problems);
	}

	/**
	 * The API document (and any Swagger UI) for staff and API-token callers only: a
	 * signed-in staff session, HTTP Basic or a bearer token; anyone else gets a 401
	 * problem document.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocumentChain(HttpSecurity http, AuthenticationManager authenticationManager,
			Accounts accounts, Problems problems) {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
				"/swagger-ui/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.hasAnyAuthority("ROLE_THERAPIST", "ROLE_ADMIN", BearerTokenFilter.API_TOKEN_AUTHORITY));
		return machineCallers(http, authenticationManager, accounts, problems);
	}

	/**
	 * What the API and its document share: HTTP Basic or a bearer token, no CSRF (no
	 * cookie-only writes), problem documents for 401 and 403, nothing to render.
	 */
	private static SecurityFilterChain machineCallers(HttpSecurity http, AuthenticationManager authenticationManager,
			Accounts accounts, Problems problems) {
		http.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.authenticationManager(authenticationManager)
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new BearerTokenFilter(accounts, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager,
			SignInHandlers signInHandlers, OneTimeTokenService secondFactors) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/login", "/signup", "/password/forgot", "/password/reset", "/email/verify",
					"/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health",
					"/actuator/health/**",
					// booking's calendar feeds: the secret in the path is the credential
					"/calendar/feed/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/clients/**")
			.hasAnyRole("THERAPIST", "ADMIN")
			.requestMatchers("/me/**")
			.hasRole("CLIENT")
			// passkeys are the staff's second factor (accounts.StaffMfaRequirement says
			// when the password alone may add the first)
			.requestMatchers("/webauthn/register", "/webauthn/register/**")
			.hasAnyRole("THERAPIST", "ADMIN")
			.anyRequest()
			.authenticated())
			.authenticationManager(authenticationManager)
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(signInHandlers)
				.failureHandler(signInHandlers)
				.permitAll())
			// the staff's second factor (authenticator-app or recovery code) as Spring
			// Security's one-time token; accounts.StaffMfaRequirement says who needs it
			.oneTimeTokenLogin((ott) -> ott.tokenService(secondFactors)
				.loginPage("/mfa")
				.loginProcessingUrl("/login/ott")
				.showDefaultSubmitPage(false)
				.tokenGenerationSuccessHandler((request, response, token) -> response.sendRedirect("/mfa"))
				.authenticationSuccessHandler(signInHandlers)
				.authenticationFailureHandler((request, response, exception) -> response
					.sendRedirect(exception instanceof LoginThrottledException ? "/mfa?locked" : "/mfa?error")))
			// passkeys (WebAuthn, the preferred second factor): Spring Security's
			// endpoints
			// with accounts' relying party and stores (beans, see
			// accounts.PasskeyConfiguration); a passkey signs in through Drift's
			// authentication manager, so the principal is the account's DriftUser
			.webAuthn((webAuthn) -> webAuthn.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationManager(authenticationManager);
						filter.setAuthenticationSuccessHandler(signInHandlers.forScripts());
						return filter;
					}
				}))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
