package dev.drift.accounts;

import dev.drift.audit.AuditEntry.Outcome;
import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller changes their own password, proving the current one. Wrong current passwords
 * count towards the sign-in throttle like failed sign-ins, and every try is audited. A
 * changed password revokes the account's API tokens (they were issued under the old one).
 */
@Service
@Transactional
class ChangePassword {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final ApiTokens tokens;

	ChangePassword(AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit,
			ApiTokens tokens) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
		this.tokens = tokens;
	}

	public Result change(Actor actor, String currentPassword, String newPassword) {
		Account account = this.accounts.findById(actor.accountId()).orElseThrow(() -> new NotFoundException("Account"));
		LoginThrottle.Attempt attempt;
		try {
			attempt = this.throttle.begin(account.email(), null);
		}
		catch (LoginThrottledException ex) {
			return Result.TOO_MANY_ATTEMPTS;
		}
		try {
			boolean proven = Credentials.isAcceptablePassword(currentPassword)
					&& this.encoder.matches(currentPassword, account.passwordHash());
			this.audit.record(actor.audit("PASSWORD_CHANGED")
				.concerning(account.id())
				.withOutcome(proven ? Outcome.SUCCESS : Outcome.DENIED));
			if (!proven) {
				return this.throttle.failed(attempt) ? Result.TOO_MANY_ATTEMPTS : Result.WRONG_CURRENT_PASSWORD;
			}
			this.throttle.succeeded(attempt);
		}
		finally {
			// the outcome already let the next check in; this covers any other exception
			attempt.close();
		}
		Credentials.check(newPassword);
		account.changePassword(this.encoder.encode(newPassword));
		this.accounts.save(account);
		this.tokens.revokeAll(account.id());
		return Result.CHANGED;
	}

	/** How a password change ended. */
	public enum Result {

		CHANGED, WRONG_CURRENT_PASSWORD, TOO_MANY_ATTEMPTS

	}

}
