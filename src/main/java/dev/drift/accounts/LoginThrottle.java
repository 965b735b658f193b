package dev.drift.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account email and per source address, in the database so
 * that several instances share the count. Unknown emails are counted exactly like known
 * ones, so the throttle reveals nothing about which accounts exist.
 */
@Service
@Transactional
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ThrottleProperties properties;

	LoginThrottle(JdbcClient jdbc, Clock clock, ThrottleProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	static String accountKey(String email) {
		return "account:" + Account.normalize(email);
	}

	static String addressKey(String address) {
		return "address:" + address;
	}

	/** How long sign-in stays refused for this email or address, if it is locked now. */
	@Transactional(readOnly = true)
	Optional<Duration> refusal(String email, String address) {
		Instant now = Instant.now(this.clock);
		return this.jdbc.sql("select locked_until from accounts_login_lock where throttle_key in (:keys)")
			.param("keys", keys(email, address))
			.query((rs, i) -> rs.getObject("locked_until", OffsetDateTime.class).toInstant())
			.list()
			.stream()
			.filter(now::isBefore)
			.max(Instant::compareTo)
			.map((until) -> roundUpToSeconds(Duration.between(now, until)));
	}

	/**
	 * Records a failure. Answers whether it locked the account just now.
	 */
	boolean failed(String email, String address) {
		Instant now = Instant.now(this.clock);
		boolean accountLocked = recordFailure(accountKey(email), this.properties.maxFailures(), now);
		if (address != null) {
			recordFailure(addressKey(address), this.properties.maxFailuresPerAddress(), now);
		}
		return accountLocked;
	}

	void succeeded(String email) {
		this.jdbc.sql("delete from accounts_login_failure where throttle_key = :key")
			.param("key", accountKey(email))
			.update();
	}

	/**
	 * Lifts an account's lock and forgets its failures. Answers whether it was locked.
	 */
	boolean lift(String email) {
		succeeded(email);
		return this.jdbc.sql("delete from accounts_login_lock where throttle_key = :key and locked_until > :now")
			.param("key", accountKey(email))
			.param("now", utc(Instant.now(this.clock)))
			.update() > 0;
	}

	/** The emails among these that are locked now, with the end of their lock. */
	@Transactional(readOnly = true)
	List<Lock> locked(List<String> emails) {
		if (emails.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select throttle_key, locked_until from accounts_login_lock"
					+ " where throttle_key in (:keys) and locked_until > :now order by locked_until")
			.param("keys", emails.stream().map(LoginThrottle::accountKey).toList())
			.param("now", utc(Instant.now(this.clock)))
			.query((rs, i) -> new Lock(rs.getString("throttle_key").substring("account:".length()),
					rs.getObject("locked_until", OffsetDateTime.class).toInstant()))
			.list();
	}

	private boolean recordFailure(String key, int limit, Instant now) {
		Instant windowStart = now.minus(this.properties.window());
		this.jdbc.sql("delete from accounts_login_failure where throttle_key = :key and occurred_at <= :start")
			.param("key", key)
			.param("start", utc(windowStart))
			.update();
		this.jdbc.sql("insert into accounts_login_failure (id, throttle_key, occurred_at) values (:id, :key, :at)")
			.param("id", UUID.randomUUID())
			.param("key", key)
			.param("at", utc(now))
			.update();
		long failures = this.jdbc.sql("select count(*) from accounts_login_failure where throttle_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
		if (failures < limit) {
			return false;
		}
		lock(key, now);
		return true;
	}

	private void lock(String key, Instant now) {
		OffsetDateTime until = utc(now.plus(this.properties.coolingOff()));
		int updated = this.jdbc
			.sql("update accounts_login_lock set locked_until = :until, locked_at = :now where throttle_key = :key")
			.param("until", until)
			.param("now", utc(now))
			.param("key", key)
			.update();
		if (updated == 0) {
			try {
				this.jdbc.sql(
						"insert into accounts_login_lock (throttle_key, locked_until, locked_at) values (:key, :until, :now)")
					.param("key", key)
					.param("until", until)
					.param("now", utc(now))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// locked by a concurrent failure a moment ago: the lock stands either way
			}
		}
		this.jdbc.sql("delete from accounts_login_failure where throttle_key = :key").param("key", key).update();
	}

	private static List<String> keys(String email, String address) {
		return address == null ? List.of(accountKey(email)) : List.of(accountKey(email), addressKey(address));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Duration roundUpToSeconds(Duration duration) {
		long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
		return Duration.ofSeconds(Math.max(seconds, 1));
	}

	record Lock(String email, Instant lockedUntil) {
	}

}
