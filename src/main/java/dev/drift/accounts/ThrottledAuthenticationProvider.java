package dev.drift.accounts;

import java.util.Optional;

import dev.drift.audit.AuditEntry;
import dev.drift.audit.AuditEntry.Outcome;
import dev.drift.audit.AuditLog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Email and password sign-in (form and HTTP Basic) behind the sign-in throttle. A locked
 * email or address is refused before the password is checked; checks for one account wait
 * their turn (never refused for running in parallel); unknown emails, wrong passwords and
 * disabled accounts all fail alike.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AccountRepository accounts;

	private final AuditLog audit;

	ThrottledAuthenticationProvider(DriftUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
			AccountRepository accounts, AuditLog audit) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName() == null ? "" : authentication.getName();
		String address = sourceAddress(authentication);
		LoginThrottle.Attempt attempt;
		try {
			attempt = this.throttle.begin(email, address);
		}
		catch (LoginThrottledException ex) {
			record(account(email), "LOGIN_REFUSED_LOCKED", Outcome.DENIED, address);
			throw ex;
		}
		try {
			if (!Credentials.isAcceptablePassword(String.valueOf(authentication.getCredentials()))
					|| !Credentials.isPossibleEmail(email)) {
				throw new BadCredentialsException("Not a password Drift could have stored");
			}
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(attempt);
			return result;
		}
		catch (BadCredentialsException | AccountStatusException ex) {
			boolean locked = this.throttle.failed(attempt);
			Optional<Account> account = account(email);
			record(account, "LOGIN_FAILED", Outcome.FAILURE, address);
			if (locked) {
				record(account, "LOGIN_LOCKED", Outcome.DENIED, address);
				log.warn("Sign-in locked after repeated failures (account {})", account.map(Account::id).orElse(null));
			}
			throw new BadCredentialsException("Bad credentials");
		}
		finally {
			// the outcome above already let the next attempt in; this covers any other
			// exception
			attempt.close();
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void record(Optional<Account> account, String action, Outcome outcome, String address) {
		String source = address == null || address.length() <= 64 ? address : address.substring(0, 64);
		try {
			this.audit.recordIndependently(
					AuditEntry.anonymous(account.map((a) -> a.actor().clinicId().value()).orElse(null), action)
						.concerning(account.map(Account::id).orElse(null))
						.withOutcome(outcome)
						.from(source));
		}
		catch (DataAccessException ex) {
			log.error("Could not audit a sign-in event ({}): {}", action, ex.getClass().getName());
		}
	}

	private Optional<Account> account(String email) {
		return Credentials.isPossibleEmail(email) ? this.accounts.findByEmail(Account.normalize(email))
				: Optional.empty();
	}

	private static String sourceAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
