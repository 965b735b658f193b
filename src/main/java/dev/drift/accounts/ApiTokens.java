package dev.drift.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.Role;
import dev.drift.people.TherapistId;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;
import dev.drift.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.drift.shared.Timestamps.utc;

/**
 * Personal API tokens: 256 random bits, shown once, stored as a SHA-256. A fast hash is
 * right here: the token has full entropy, so it cannot be guessed from its hash, and
 * checking it costs microseconds on every API call where an adaptive password hash would
 * cost tens of milliseconds.
 */
@Service
@Transactional
class ApiTokens {

	static final String PREFIX = "drift_";

	static final int MAX_ACTIVE_TOKENS = 20;

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, JdbcClient jdbc, Clock clock) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public IssuedToken issue(Actor actor, String name) {
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 80 || label.chars().anyMatch(Character::isISOControl)) {
			throw new RuleViolationException("TOKEN_NAME_INVALID",
					"Give the token a name of 1 to 80 characters, without control characters");
		}
		if (list(actor).stream().filter(ApiTokenView::active).count() >= MAX_ACTIVE_TOKENS) {
			throw new RuleViolationException("TOO_MANY_TOKENS", "Revoke a token before creating another");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String hint = PREFIX + "…" + secret.substring(secret.length() - 4);
		ApiToken token = ApiToken.issue(actor.accountId(), actor.clinicId().value(), label, sha256(secret), hint,
				Instant.now(this.clock));
		return new IssuedToken(this.tokens.save(token).toView(), secret);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> list(Actor actor) {
		return this.tokens.findByAccountIdOrderByCreatedAtDesc(actor.accountId())
			.stream()
			.map(ApiToken::toView)
			.toList();
	}

	/** Revokes every live token of the account, e.g. when its password changes. */
	void revokeAll(UUID accountId) {
		this.jdbc
			.sql("update accounts_api_token set revoked_at = :now where account_id = :account and revoked_at is null")
			.param("now", utc(Instant.now(this.clock)))
			.param("account", accountId)
			.update();
	}

	public void revoke(Actor actor, UUID tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((candidate) -> candidate.accountId().equals(actor.accountId()))
			.orElseThrow(() -> new NotFoundException("Token"));
		token.revoke(Instant.now(this.clock));
		this.tokens.save(token);
	}

	/**
	 * The user a bearer token stands for, if it is a live token of an enabled account:
	 * one statement on every API request (token and account joined), and now and then a
	 * second that records the token's use.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<DriftUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<LiveToken> token = this.jdbc.sql("""
				select t.id as token_id, t.last_used_at, a.id, a.clinic_id, a.role, a.client_id, a.therapist_id, a.email
				from accounts_api_token t join accounts_account a on a.id = t.account_id
				where t.token_hash = :hash and t.revoked_at is null and a.enabled""")
			.param("hash", sha256(secret))
			.query((rs, row) -> new LiveToken(rs.getObject("token_id", UUID.class),
					Timestamps.instant(rs, "last_used_at"),
					new DriftUser(new Actor(rs.getObject("id", UUID.class),
							new ClinicId(rs.getObject("clinic_id", UUID.class)), Role.valueOf(rs.getString("role")),
							nullable(rs.getObject("client_id", UUID.class), ClientId::new),
							nullable(rs.getObject("therapist_id", UUID.class), TherapistId::new)),
							rs.getString("email"), null, true)))
			.optional();
		token.filter(this::stale).ifPresent((found) -> touch(found.id()));
		return token.map(LiveToken::user);
	}

	private record LiveToken(UUID id, Instant lastUsedAt, DriftUser user) {
	}

	private static <T> T nullable(UUID id, Function<UUID, T> wrap) {
		return (id != null) ? wrap.apply(id) : null;
	}

	/**
	 * Whether the token's last use is older than the resolution: the update (and its row
	 * lock) is skipped on the many requests within the same minute (the update's own
	 * condition still keeps concurrent requests from writing twice).
	 */
	private boolean stale(LiveToken token) {
		Instant lastUsed = token.lastUsedAt();
		return lastUsed == null || lastUsed.isBefore(Instant.now(this.clock).minus(LAST_USED_RESOLUTION));
	}

	private void touch(UUID tokenId) {
		Instant now = Instant.now(this.clock);
		this.jdbc
			.sql("update accounts_api_token set last_used_at = :now where id = :id"
					+ " and (last_used_at is null or last_used_at < :stale)")
			.param("now", utc(now))
			.param("stale", utc(now.minus(LAST_USED_RESOLUTION)))
			.param("id", tokenId)
			.update();
	}

	static String sha256(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
