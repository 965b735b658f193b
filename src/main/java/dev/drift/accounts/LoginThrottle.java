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
 * Counts failed sign-ins per account email and per source address, in the database so
 * that several instances share the count (OWASP ASVS 6.1.1: throttling that does not let
 * the innocent be locked out).
 * <ul>
 * <li>Only failures count. Password checks for one account are queued, one at a time in
 * this process (a fair lock per key stripe, held from {@link #begin} to the outcome), so
 * parallel attempts cannot get more checks than the limit, and parallel <em>correct</em>
 * sign-ins — an integration with many calls at once — wait their turn and all succeed:
 * they are never refused nor counted. Across instances the limit can be passed by at most
 * one check per other instance.</li>
 * <li>Ten failures for one account <em>from one address</em> within the window lock that
 * account for that address for the cooling-off period; a hundred failures from one
 * address lock the address for every account. A stranger who knows an email can thus lock
 * only themselves out for long.</li>
 * <li>The account as a whole gets a progressive delay instead: from its tenth failure in
 * the window (from any addresses) each failure refuses sign-in for everyone for
 * {@code account-hold} (30 s), doubling with each further failure up to the cooling-off
 * period. One address can hold a known account for at most 30 s; guessing spread over
 * many addresses slows to a crawl (and ends, in effect, in the old full lock).</li>
 * <li>A success forgets the account's failures.</li>
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
	 * Password checks of one account key run one at a time in this process, in arrival
	 * order.
	 */
	private static final List<ReentrantLock> STRIPES = IntStream.range(0, 64)
		.mapToObj((i) -> new ReentrantLock(true))
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

	/** The key of one account tried from one address (no address: the unknown one). */
	static String pairKey(String email, String address) {
		return accountKey(email) + "|" + (address == null ? "address:none" : addressKey(address));
	}

	private List<String> keys(String email, String address) {
		return address == null ? List.of(accountKey(email), pairKey(email, null))
				: List.of(accountKey(email), pairKey(email, address), addressKey(address));
	}

	/** How long sign-in stays refused for this email or address, if it is locked now. */
	Optional<Duration> refusal(String email, String address) {
		Instant now = Instant.now(this.clock);
		return this.jdbc.sql("select locked_until from accounts_login_lock where throttle_key in (:keys)")
			.param("keys", keys(email, address))
			.query((rs, i) -> instant(rs, "locked_until"))
			.list()
			.stream()
			.filter(now::isBefore)
			.max(Instant::compareTo)
			.map((until) -> roundUpToSeconds(Duration.between(now, until)));
	}

	/**
	 * Waits for this account's turn to have its password checked, then answers the
	 * attempt, or refuses it when the account or address is locked by now. The caller
	 * ends the attempt with {@link #succeeded} or {@link #failed}, or at least
	 * {@link Attempt#close()}, on the same thread.
	 */
	Attempt begin(String email, String address) {
		String accountKey = accountKey(email);
		ReentrantLock turn = stripe(accountKey);
		turn.lock();
		Optional<Duration> refusal;
		try {
			refusal = refusal(email, address);
		}
		catch (RuntimeException ex) {
			turn.unlock();
			throw ex;
		}
		if (refusal.isPresent()) {
			turn.unlock();
			throw new LoginThrottledException(refusal.get());
		}
		return new Attempt(accountKey, pairKey(email, address), address == null ? null : addressKey(address), turn);
	}

	private static ReentrantLock stripe(String key) {
		return STRIPES.get(Math.floorMod(key.hashCode(), STRIPES.size()));
	}

	/**
	 * The password was right: the account's earlier failures, and those from this
	 * address, are forgotten (another address's failures for it stay).
	 */
	void succeeded(Attempt attempt) {
		try {
			this.jdbc.sql("delete from accounts_login_failure where throttle_key in (:keys)")
				.param("keys", List.of(attempt.accountKey(), attempt.pairKey()))
				.update();
		}
		finally {
			attempt.close();
		}
	}

	/**
	 * The password was wrong: a failure is counted for the account, the account from this
	 * address, and the address. Answers whether it locked the account for this address.
	 */
	boolean failed(Attempt attempt) {
		try {
			Instant now = Instant.now(this.clock);
			if (attempt.addressKey() != null
					&& count(attempt.addressKey(), now) >= this.properties.maxFailuresPerAddress()) {
				lock(attempt.addressKey(), now, this.properties.coolingOff());
			}
			long accountFailures = count(attempt.accountKey(), now);
			if (accountFailures >= this.properties.maxFailures()) {
				lock(attempt.accountKey(), now, hold(accountFailures - this.properties.maxFailures()));
			}
			if (count(attempt.pairKey(), now) >= this.properties.maxFailures()) {
				lock(attempt.pairKey(), now, this.properties.coolingOff());
				return true;
			}
			return false;
		}
		finally {
			attempt.close();
		}
	}

	/**
	 * The progressive hold of the whole account after {@code beyond} failures past the
	 * limit: the account hold, doubled for each, at most the cooling-off period.
	 */
	private Duration hold(long beyond) {
		Duration hold = this.properties.accountHold();
		for (long i = 0; i < beyond && hold.compareTo(this.properties.coolingOff()) < 0; i++) {
			hold = hold.multipliedBy(2);
		}
		return hold.compareTo(this.properties.coolingOff()) < 0 ? hold : this.properties.coolingOff();
	}

	/**
	 * Lifts an account's locks (its hold and its locks from any address) and forgets its
	 * failures. Answers whether it was locked.
	 */
	boolean lift(String email) {
		String key = accountKey(email);
		this.jdbc.sql("delete from accounts_login_failure where throttle_key = :key or throttle_key like :pairs")
			.param("key", key)
			.param("pairs", key + "|%")
			.update();
		return this.jdbc
			.sql("delete from accounts_login_lock where (throttle_key = :key or throttle_key like :pairs)"
					+ " and locked_until > :now")
			.param("key", key)
			.param("pairs", key + "|%")
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
		Map<String, Instant> latest = new java.util.LinkedHashMap<>();
		this.jdbc
			.sql("select throttle_key, locked_until from accounts_login_lock"
					+ " where locked_until > :now and throttle_key like 'account:%' order by locked_until")
			.param("now", utc(Instant.now(this.clock)))
			.query((rs, i) -> Map.entry(accountPart(rs.getString("throttle_key")), instant(rs, "locked_until")))
			.list()
			.stream()
			.filter((lock) -> byKey.containsKey(lock.getKey()))
			.forEach((lock) -> latest.merge(lock.getKey(), lock.getValue(), (a, b) -> a.isAfter(b) ? a : b));
		return latest.entrySet()
			.stream()
			.map((lock) -> new Lock(byKey.get(lock.getKey()), lock.getValue()))
			.sorted(java.util.Comparator.comparing(Lock::lockedUntil))
			.toList();
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

	/** Records a failure for the key and answers its failures within the window. */
	private long count(String key, Instant now) {
		this.jdbc.sql("delete from accounts_login_failure where throttle_key = :key and occurred_at <= :start")
			.param("key", key)
			.param("start", utc(now.minus(this.properties.window())))
			.update();
		this.jdbc.sql("insert into accounts_login_failure (id, throttle_key, occurred_at) values (:id, :key, :at)")
			.param("id", UUID.randomUUID())
			.param("key", key)
			.param("at", utc(now))
			.update();
		return failures(key);
	}

	private long failures(String key) {
		return this.jdbc.sql("select count(*) from accounts_login_failure where throttle_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private static String accountPart(String key) {
		int pair = key.indexOf('|');
		return pair < 0 ? key : key.substring(0, pair);
	}

	private void lock(String key, Instant now, Duration duration) {
		OffsetDateTime until = utc(now.plus(duration));
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
		// The failures stay; they leave the window by the time the lock ends (window =
		// cooling-off by default).
	}

	private static Duration roundUpToSeconds(Duration duration) {
		long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
		return Duration.ofSeconds(Math.max(seconds, 1));
	}

	/** A sign-in attempt whose turn it is; closing it lets the next attempt in. */
	static final class Attempt implements AutoCloseable {

		private final String accountKey;

		private final String pairKey;

		private final String addressKey;

		private ReentrantLock turn;

		Attempt(String accountKey, String pairKey, String addressKey, ReentrantLock turn) {
			this.accountKey = accountKey;
			this.pairKey = pairKey;
			this.addressKey = addressKey;
			this.turn = turn;
		}

		String accountKey() {
			return this.accountKey;
		}

		String pairKey() {
			return this.pairKey;
		}

		String addressKey() {
			return this.addressKey;
		}

		@Override
		public void close() {
			if (this.turn != null) {
				this.turn.unlock();
				this.turn = null;
			}
		}

	}

	record Lock(String email, Instant lockedUntil) {
	}

}
