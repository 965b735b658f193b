package dev.drift.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.drift.shared.Timestamps.instant;
import static dev.drift.shared.Timestamps.utc;

/**
 * Counts sign-in attempts per account email and per source address, in the database so
 * that several instances share the count.
 * <ul>
 * <li>An attempt is counted <em>before</em> its password is checked, so parallel attempts
 * cannot get more password checks than the limit; a successful one is then
 * forgotten.</li>
 * <li>Keys are SHA-256 hashes of the normalised email or the address: fixed length, and
 * no typed email (or a password typed into the email field) is stored.</li>
 * <li>Unknown emails are counted exactly like known ones, so the throttle reveals nothing
 * about which accounts exist.</li>
 * <li>Statements run on their own, never inside a caller's transaction: other attempts
 * see each count at once, and a lock written by two attempts at once never aborts
 * either.</li>
 * </ul>
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LoginThrottle {

	/**
	 * Counting and checking one key is done by one attempt at a time in this process, so
	 * parallel attempts never see each other's rows half-way and all refuse themselves
	 * (which would grant fewer checks than the limit). Across instances the worst case
	 * stays on the safe side: fewer checks, never more.
	 */
	private static final List<ReentrantLock> STRIPES = IntStream.range(0, 64)
		.mapToObj((i) -> new ReentrantLock())
		.toList();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ThrottleProperties properties;

	LoginThrottle(JdbcClient jdbc, Clock clock, ThrottleProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	static String accountKey(String email) {
		return "account:" + ApiTokens.sha256(Account.normalize(email));
	}

	static String addressKey(String address) {
		return "address:" + ApiTokens.sha256(address);
	}

	/** How long sign-in stays refused for this email or address, if it is locked now. */
	Optional<Duration> refusal(String email, String address) {
		Instant now = Instant.now(this.clock);
		return this.jdbc.sql("select locked_until from accounts_login_lock where throttle_key in (:keys)")
			.param("keys",
					address == null ? List.of(accountKey(email)) : List.of(accountKey(email), addressKey(address)))
			.query((rs, i) -> instant(rs, "locked_until"))
			.list()
			.stream()
			.filter(now::isBefore)
			.max(Instant::compareTo)
			.map((until) -> roundUpToSeconds(Duration.between(now, until)));
	}

	/**
	 * Counts an attempt before its password is checked. Refused, and the key locked, when
	 * it would pass the limit.
	 */
	Attempt begin(String email, String address) {
		String accountKey = accountKey(email);
		String addressKey = address == null ? accountKey : addressKey(address);
		ReentrantLock first = stripe(accountKey);
		ReentrantLock second = stripe(addressKey);
		if (STRIPES.indexOf(first) > STRIPES.indexOf(second)) {
			ReentrantLock swap = first;
			first = second;
			second = swap;
		}
		first.lock();
		second.lock();
		try {
			return countAndCheck(email, address);
		}
		finally {
			second.unlock();
			first.unlock();
		}
	}

	private static ReentrantLock stripe(String key) {
		return STRIPES.get(Math.floorMod(key.hashCode(), STRIPES.size()));
	}

	private Attempt countAndCheck(String email, String address) {
		Instant now = Instant.now(this.clock);
		Counted account = count(accountKey(email), now);
		Counted source = address == null ? null : count(addressKey(address), now);
		boolean accountOver = account.count() > this.properties.maxFailures();
		boolean sourceOver = source != null && source.count() > this.properties.maxFailuresPerAddress();
		if (accountOver || sourceOver) {
			forget(account, source);
			if (accountOver) {
				lock(account.key(), now);
			}
			if (sourceOver) {
				lock(source.key(), now);
			}
			throw new LoginThrottledException(this.properties.coolingOff());
		}
		return new Attempt(account, source);
	}

	/** The password was right: the account's earlier failures are forgotten too. */
	void succeeded(Attempt attempt) {
		this.jdbc.sql("delete from accounts_login_failure where throttle_key = :key")
			.param("key", attempt.account().key())
			.update();
		forget(null, attempt.source());
	}

	/**
	 * The password was wrong: the attempt stays counted. Answers whether it locked the
	 * account.
	 */
	boolean failed(Attempt attempt) {
		Instant now = Instant.now(this.clock);
		if (attempt.source() != null && failures(attempt.source().key()) >= this.properties.maxFailuresPerAddress()) {
			lock(attempt.source().key(), now);
		}
		if (failures(attempt.account().key()) >= this.properties.maxFailures()) {
			lock(attempt.account().key(), now);
			return true;
		}
		return false;
	}

	/**
	 * Lifts an account's lock and forgets its failures. Answers whether it was locked.
	 */
	boolean lift(String email) {
		String key = accountKey(email);
		this.jdbc.sql("delete from accounts_login_failure where throttle_key = :key").param("key", key).update();
		return this.jdbc.sql("delete from accounts_login_lock where throttle_key = :key and locked_until > :now")
			.param("key", key)
			.param("now", utc(Instant.now(this.clock)))
			.update() > 0;
	}

	/** The emails among these that are locked now, with the end of their lock. */
	List<Lock> locked(List<String> emails) {
		if (emails.isEmpty()) {
			return List.of();
		}
		Map<String, String> byKey = emails.stream()
			.collect(Collectors.toMap(LoginThrottle::accountKey, Function.identity(), (a, b) -> a));
		return this.jdbc
			.sql("select throttle_key, locked_until from accounts_login_lock"
					+ " where throttle_key in (:keys) and locked_until > :now order by locked_until")
			.param("keys", new ArrayList<>(byKey.keySet()))
			.param("now", utc(Instant.now(this.clock)))
			.query((rs, i) -> new Lock(byKey.get(rs.getString("throttle_key")), instant(rs, "locked_until")))
			.list();
	}

	/**
	 * Forgets failures that have left the window and locks that have ended, whatever
	 * their key; safe to run on every instance at once.
	 */
	@Scheduled(fixedDelayString = "${drift.security.login.purge-interval:10m}", initialDelayString = "1m")
	void purge() {
		Instant now = Instant.now(this.clock);
		this.jdbc.sql("delete from accounts_login_failure where occurred_at <= :start")
			.param("start", utc(now.minus(this.properties.window())))
			.update();
		this.jdbc.sql("delete from accounts_login_lock where locked_until <= :now").param("now", utc(now)).update();
	}

	private Counted count(String key, Instant now) {
		this.jdbc.sql("delete from accounts_login_failure where throttle_key = :key and occurred_at <= :start")
			.param("key", key)
			.param("start", utc(now.minus(this.properties.window())))
			.update();
		UUID row = UUID.randomUUID();
		this.jdbc.sql("insert into accounts_login_failure (id, throttle_key, occurred_at) values (:id, :key, :at)")
			.param("id", row)
			.param("key", key)
			.param("at", utc(now))
			.update();
		return new Counted(key, row, failures(key));
	}

	private long failures(String key) {
		return this.jdbc.sql("select count(*) from accounts_login_failure where throttle_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private void forget(Counted account, Counted source) {
		for (Counted counted : new Counted[] { account, source }) {
			if (counted != null) {
				this.jdbc.sql("delete from accounts_login_failure where id = :id").param("id", counted.row()).update();
			}
		}
	}

	private void lock(String key, Instant now) {
		OffsetDateTime until = utc(now.plus(this.properties.coolingOff()));
		int updated = this.jdbc
			.sql("update accounts_login_lock set locked_until = :until, locked_at = :now"
					+ " where throttle_key = :key and locked_until <= :now")
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
				// locked already, by this attempt's twin or an earlier one: the lock
				// stands
			}
		}
		// The failures stay, so attempts already past the lock check still see the count;
		// they leave the window by the time the lock ends (window = cooling-off by
		// default).
	}

	private static Duration roundUpToSeconds(Duration duration) {
		long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
		return Duration.ofSeconds(Math.max(seconds, 1));
	}

	record Counted(String key, UUID row, long count) {
	}

	/** A sign-in attempt in progress. */
	record Attempt(Counted account, Counted source) {
	}

	record Lock(String email, Instant lockedUntil) {
	}

}
