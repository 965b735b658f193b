package dev.drift.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.People;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.drift.shared.Timestamps.utc;

/**
 * The staff's second factor (OWASP ASVS 6.3.3) besides passkeys (which Spring Security's
 * WebAuthn support checks, see {@link PasskeyConfiguration}): an authenticator-app code
 * (TOTP) or a single-use recovery code, checked as Spring Security's one-time token
 * ({@code FACTOR_OTT}) for the account already signed in with its password. A code is
 * accepted once: the last time step used is kept, so the same code (or an older one) is
 * refused even within its 30-second window. Wrong codes count in the sign-in throttle
 * under their own key (10 per account and address lock it for 15 minutes).
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SecondFactors implements OneTimeTokenService {

	static final String ISSUER = "Drift";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final People people;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	SecondFactors(JdbcClient jdbc, Clock clock, People people, LoginThrottle throttle, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.people = people;
		this.throttle = throttle;
		this.audit = audit;
	}

	/**
	 * Whether this account must sign in with a second factor: staff of a clinic that says
	 * so.
	 */
	boolean required(Actor actor) {
		return actor.isStaff() && this.people.clinic(actor.clinicId()).settings().staffMfaRequired();
	}

	/** Whether the account has a second factor: a passkey or an authenticator app. */
	boolean enrolled(UUID accountId) {
		return totpEnrolled(accountId) || !passkeys(accountId).isEmpty();
	}

	/** Whether the account has set up its authenticator app. */
	boolean totpEnrolled(UUID accountId) {
		return this.jdbc.sql("select count(*) from accounts_totp where account_id = :id and confirmed_at is not null")
			.param("id", accountId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The account's passkeys, oldest first (Spring Security's tables: the WebAuthn user
	 * entity is named by the account's email).
	 */
	List<Passkey> passkeys(UUID accountId) {
		return this.jdbc.sql(
				"select c.label, c.created from user_credentials c join user_entities u on u.id = c.user_entity_user_id"
						+ " join accounts_account a on a.email = u.name where a.id = :id order by c.created, c.label")
			.param("id", accountId)
			.query((rs, i) -> new Passkey(rs.getString(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.list();
	}

	/** Whether a WebAuthn user id (base64url) is this account's. */
	boolean passkeyOwner(UUID accountId, String userEntityId) {
		return this.jdbc
			.sql("select count(*) from user_entities u join accounts_account a on a.email = u.name"
					+ " where a.id = :account and u.id = :entity")
			.param("account", accountId)
			.param("entity", userEntityId)
			.query(Long.class)
			.single() > 0;
	}

	/** A registered passkey as the set-up page lists it. */
	record Passkey(String label, Instant created) {
	}

	/**
	 * After a passkey was added: ten recovery codes (shown once) when the account never
	 * had any, else none.
	 */
	@Transactional
	public List<String> passkeyAdded(Actor actor) {
		long issued = this.jdbc.sql("select count(*) from accounts_recovery_code where account_id = :id")
			.param("id", actor.accountId())
			.query(Long.class)
			.single();
		if (issued > 0 || passkeys(actor.accountId()).isEmpty()) {
			return List.of();
		}
		return newRecoveryCodes(actor);
	}

	/**
	 * Starts (or restarts) setting up an authenticator app: a new secret, not yet in use.
	 * Empty when one is set up already.
	 */
	Optional<String> begin(Actor actor) {
		if (totpEnrolled(actor.accountId())) {
			return Optional.empty();
		}
		String secret = Totp.newSecret();
		this.jdbc.sql("delete from accounts_totp where account_id = :id").param("id", actor.accountId()).update();
		this.jdbc.sql(
				"insert into accounts_totp (account_id, secret, confirmed_at, last_step) values (:id, :secret, null, 0)")
			.param("id", actor.accountId())
			.param("secret", secret)
			.update();
		return Optional.of(secret);
	}

	/** The secret being set up, if any. */
	Optional<String> pendingSecret(Actor actor) {
		return this.jdbc.sql("select secret from accounts_totp where account_id = :id and confirmed_at is null")
			.param("id", actor.accountId())
			.query(String.class)
			.optional();
	}

	/**
	 * Confirms the app with its first code; answers ten new recovery codes (shown once),
	 * or nothing when the code is wrong.
	 */
	@Transactional
	public List<String> confirm(Actor actor, String code) {
		Optional<String> secret = pendingSecret(actor);
		long step = secret.map((s) -> Totp.matchingStep(s, code, Instant.now(this.clock))).orElse(-1L);
		if (step < 0) {
			return List.of();
		}
		this.jdbc.sql("update accounts_totp set confirmed_at = :now, last_step = :step where account_id = :id")
			.param("now", utc(Instant.now(this.clock)))
			.param("step", step)
			.param("id", actor.accountId())
			.update();
		this.audit.record(actor.audit("MFA_ENROLLED").concerning(actor.accountId()));
		return newRecoveryCodes(actor);
	}

	/**
	 * Ten new recovery codes in place of any earlier ones; only their hashes are kept.
	 */
	private List<String> newRecoveryCodes(Actor actor) {
		this.jdbc.sql("delete from accounts_recovery_code where account_id = :id")
			.param("id", actor.accountId())
			.update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String recovery = recoveryCode();
			codes.add(recovery);
			this.jdbc.sql(
					"insert into accounts_recovery_code (id, account_id, code_hash, used_at) values (:id, :account, :hash, null)")
				.param("id", UUID.randomUUID())
				.param("account", actor.accountId())
				.param("hash", ApiTokens.sha256(recovery))
				.update();
		}
		return codes;
	}

	/**
	 * Codes are typed, never generated and sent: the app (or the recovery sheet) holds
	 * them.
	 */
	@Override
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		return new DefaultOneTimeToken(UUID.randomUUID().toString(), request.getUsername(), Instant.now(this.clock));
	}

	/**
	 * Checks a typed code for the account signed in with its password on this request: an
	 * authenticator code of now (±30 s) newer than the last one used, or an unused
	 * recovery code. Answers null (refused) otherwise.
	 */
	@Override
	public OneTimeToken consume(OneTimeTokenAuthenticationToken token) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof DriftUser user)) {
			return null;
		}
		String code = token.getTokenValue() == null ? "" : token.getTokenValue().strip().replace(" ", "");
		LoginThrottle.Attempt attempt = this.throttle.begin("second-factor:" + user.getUsername(), null);
		try {
			if (accept(user.actor().accountId(), code)) {
				this.throttle.succeeded(attempt);
				return new DefaultOneTimeToken(code, user.getUsername(), Instant.now(this.clock).plusSeconds(30));
			}
			this.throttle.failed(attempt);
			return null;
		}
		finally {
			attempt.close();
		}
	}

	private boolean accept(UUID accountId, String code) {
		if (code.matches("[0-9]{6}")) {
			Optional<String> secret = this.jdbc
				.sql("select secret from accounts_totp where account_id = :id and confirmed_at is not null")
				.param("id", accountId)
				.query(String.class)
				.optional();
			long step = secret.map((s) -> Totp.matchingStep(s, code, Instant.now(this.clock))).orElse(-1L);
			// single use: only a step newer than the last one used moves it on
			return step >= 0 && this.jdbc
				.sql("update accounts_totp set last_step = :step where account_id = :id and last_step < :step")
				.param("step", step)
				.param("id", accountId)
				.update() == 1;
		}
		return code.length() == 10 && this.jdbc
			.sql("update accounts_recovery_code set used_at = :now"
					+ " where account_id = :id and code_hash = :hash and used_at is null")
			.param("now", utc(Instant.now(this.clock)))
			.param("id", accountId)
			.param("hash", ApiTokens.sha256(code.toLowerCase(java.util.Locale.ROOT)))
			.update() == 1;
	}

	private static String recoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

}
