package dev.drift.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.drift.accounts.Accounts;
import dev.drift.accounts.DriftUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs API calls in with a personal API token ({@code Authorization: Bearer drift_…}). A
 * request without a bearer token passes on untouched; a wrong token is refused at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	/** Granted to a caller signed in with an API token (besides the account's roles). */
	static final String API_TOKEN_AUTHORITY = Accounts.API_TOKEN_AUTHORITY;

	private final Accounts accounts;

	private final Problems problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(Accounts accounts, Problems problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<DriftUser> user = this.accounts.authenticateToken(header.substring(BEARER.length()).strip());
		if (user.isEmpty()) {
			this.problems.commence(request, response, new BadCredentialsException("Unknown or revoked token"));
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		List<GrantedAuthority> authorities = new ArrayList<>(user.get().getAuthorities());
		authorities.add(new SimpleGrantedAuthority(API_TOKEN_AUTHORITY));
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, authorities));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

}
