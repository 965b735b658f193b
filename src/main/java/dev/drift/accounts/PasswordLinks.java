package dev.drift.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import dev.drift.audit.AuditEntry;
import dev.drift.audit.AuditLog;
import dev.drift.people.ClinicId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.drift.shared.Timestamps.utc;

/**
 * Links sent by email (reset a forgotten password, set the first password of a client
 * added by staff, confirm the address given at sign-up): 256 random bits in the link,
 * only their SHA-256 stored, each link good once and until it expires (reset: 1 hour; the
 * others: 7 days). Asking for a reset answers the same whether or not the address has an
 * account; at most {@value #RESETS_PER_HOUR} reset emails per account an hour are sent.
 * Setting a password through a link uses up every open reset and invitation link of the
 * account, revokes its API tokens and ends its sessions.
 */
@Service
@Transactional
class PasswordLinks {

	static final int RESETS_PER_HOUR = 3;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final SignUpMails mails;

	private final AuditLog audit;

	private final ApiTokens tokens;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	PasswordLinks(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder encoder, Clock clock, SignUpMails mails,
			AuditLog audit, ApiTokens tokens, FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.mails = mails;
		this.audit = audit;
		this.tokens = tokens;
		this.sessions = sessions;
	}

	/**
	 * Someone asks for a reset link for an email. Nothing tells the caller whether it has
	 * an account: the answer is the same, a deactivated account or one over the hourly
	 * limit gets no email.
	 */
	void requestReset(String email) {
		if (!Credentials.isPossibleEmail(email)) {
			return;
		}
		Optional<Account> found = this.accounts.findByEmail(Account.normalize(email)).filter(Account::enabled);
		if (found.isEmpty()) {
			return;
		}
		Account account = found.get();
		Instant now = this.clock.instant();
		long recent = this.jdbc
			.sql("select count(*) from accounts_password_token where account_id = :account and purpose = 'RESET'"
					+ " and created_at > :since")
			.param("account", account.id())
			.param("since", utc(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		ClinicId clinic = account.actor().clinicId();
		if (recent >= RESETS_PER_HOUR) {
			this.audit.record(AuditEntry.anonymous(clinic.value(), "PASSWORD_RESET_THROTTLED")
				.concerning(account.id())
				.withOutcome(AuditEntry.Outcome.DENIED));
			return;
		}
		String secret = issue(account, Purpose.RESET);
		this.audit.record(AuditEntry.anonymous(clinic.value(), "PASSWORD_RESET_REQUESTED").concerning(account.id()));
		this.mails.link(clinic, account.email(), Purpose.RESET.name(), account.toView().displayName(), secret);
	}

	/** An invitation to set the first password (a client added by staff). */
	void invite(Account account) {
		String secret = issue(account, Purpose.INVITE);
		this.mails.link(account.actor().clinicId(), account.email(), Purpose.INVITE.name(),
				account.toView().displayName(), secret);
	}

	/**
	 * A link confirming the address given at sign-up: in the welcome email, or alone when
	 * the client asks for it again.
	 */
	void askToVerify(Account account, boolean welcome) {
		String secret = issue(account, Purpose.VERIFY);
		this.mails.link(account.actor().clinicId(), account.email(), welcome ? "WELCOME" : Purpose.VERIFY.name(),
				account.toView().displayName(), secret);
	}

	/**
	 * Whether the account has confirmed its address: it was never asked to (made by staff
	 * or the demo), or it has used a link sent to it.
	 */
	@Transactional(readOnly = true)
	boolean verified(UUID accountId) {
		return this.jdbc
			.sql("select count(case when purpose = 'VERIFY' then 1 end) = 0 or count(used_at) > 0"
					+ " from accounts_password_token where account_id = :account")
			.param("account", accountId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The live link for a secret, to show its form, or empty (unknown, used, expired).
	 */
	@Transactional(readOnly = true)
	Optional<Link> find(String secret, Purpose... purposes) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select t.id, t.account_id, t.purpose, a.email from accounts_password_token t"
					+ " join accounts_account a on a.id = t.account_id"
					+ " where t.token_hash = :hash and t.used_at is null and t.expires_at > :now and a.enabled = true")
			.param("hash", ApiTokens.sha256(secret))
			.param("now", utc(this.clock.instant()))
			.query((rs, i) -> new Link(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
					Purpose.valueOf(rs.getString("purpose")), rs.getString("email")))
			.optional()
			.filter((link) -> java.util.Arrays.asList(purposes).contains(link.purpose()));
	}

	/**
	 * Sets the password through a reset or invitation link; false when the link is no
	 * longer good (used — also by a request that raced this one — expired or unknown).
	 */
	boolean setPassword(String secret, String password) {
		Credentials.check(password);
		Optional<Link> found = find(secret, Purpose.RESET, Purpose.INVITE);
		if (found.isEmpty() || !use(found.get())) {
			return false;
		}
		Link link = found.get();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("update accounts_password_token set used_at = :now where account_id = :account and used_at is null"
					+ " and purpose in ('RESET', 'INVITE')")
			.param("now", utc(now))
			.param("account", link.accountId())
			.update();
		Account account = this.accounts.findById(link.accountId()).orElseThrow();
		account.changePassword(this.encoder.encode(password));
		this.accounts.save(account);
		this.tokens.revokeAll(account.id());
		this.sessions.findByPrincipalName(account.email()).keySet().forEach(this.sessions::deleteById);
		this.audit.record(AuditEntry
			.anonymous(account.actor().clinicId().value(),
					link.purpose() == Purpose.RESET ? "PASSWORD_RESET" : "PASSWORD_SET_FROM_INVITATION")
			.concerning(account.id()));
		return true;
	}

	/** Confirms the address through a sign-up link; false when it is no longer good. */
	boolean verify(String secret) {
		Optional<Link> found = find(secret, Purpose.VERIFY);
		if (found.isEmpty() || !use(found.get())) {
			return false;
		}
		Account account = this.accounts.findById(found.get().accountId()).orElseThrow();
		this.audit.record(
				AuditEntry.anonymous(account.actor().clinicId().value(), "EMAIL_VERIFIED").concerning(account.id()));
		return true;
	}

	/** Deletes an account's links (erasure). */
	void forget(UUID accountId) {
		this.jdbc.sql("delete from accounts_password_token where account_id = :account")
			.param("account", accountId)
			.update();
	}

	private boolean use(Link link) {
		return this.jdbc.sql("update accounts_password_token set used_at = :now where id = :id and used_at is null")
			.param("now", utc(this.clock.instant()))
			.param("id", link.id())
			.update() == 1;
	}

	private String issue(Account account, Purpose purpose) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into accounts_password_token (id, account_id, clinic_id, purpose, token_hash, created_at,"
					+ " expires_at) values (:id, :account, :clinic, :purpose, :hash, :now, :expires)")
			.param("id", UUID.randomUUID())
			.param("account", account.id())
			.param("clinic", account.actor().clinicId().value())
			.param("purpose", purpose.name())
			.param("hash", ApiTokens.sha256(secret))
			.param("now", utc(now))
			.param("expires", utc(now.plus(purpose.lifetime())))
			.update();
		return secret;
	}

	/** What a link is for, and how long it lasts. */
	enum Purpose {

		RESET(Duration.ofHours(1)), INVITE(Duration.ofDays(7)), VERIFY(Duration.ofDays(7));

		private final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}

		Duration lifetime() {
			return this.lifetime;
		}

	}

	/** A live link: its row, the account and what it is for. */
	record Link(UUID id, UUID accountId, Purpose purpose, String email) {
	}

}
