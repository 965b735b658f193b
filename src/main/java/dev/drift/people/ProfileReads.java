package dev.drift.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where this module's profiles are read from before their tables: once per transaction
 * ({@link PerTransaction}), and between requests while the row's version is unchanged
 * ({@link Versioned}).
 */
final class ProfileReads {

	private ProfileReads() {
	}

	/** A profile and the version of the row it was read from. */
	record Kept<V>(long version, V value) {
	}

	/**
	 * Profiles read once per transaction: a booking asks for its client and clinic from
	 * booking, intake and notify alike, and each should cost one query. A change made
	 * through this module replaces the cached profile; the cache ends with the
	 * transaction. Outside a transaction every read goes to the database.
	 */
	static final class PerTransaction {

		private final String name;

		PerTransaction(String name) {
			this.name = PerTransaction.class.getName() + "." + name;
		}

		@SuppressWarnings("unchecked")
		<K, V> Optional<V> get(K key, Supplier<Optional<V>> load) {
			Map<Object, Object> cache = cache();
			if (cache == null) {
				return load.get();
			}
			Object found = cache.get(key);
			if (found != null) {
				return Optional.of((V) found);
			}
			Optional<V> loaded = load.get();
			loaded.ifPresent((value) -> cache.put(key, value));
			return loaded;
		}

		<K, V> V put(K key, V value) {
			Map<Object, Object> cache = cache();
			if (cache != null) {
				cache.put(key, value);
			}
			return value;
		}

		@SuppressWarnings("unchecked")
		private Map<Object, Object> cache() {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				return null;
			}
			Map<Object, Object> cache = (Map<Object, Object>) TransactionSynchronizationManager.getResource(this.name);
			if (cache == null) {
				Map<Object, Object> created = new HashMap<>();
				TransactionSynchronizationManager.bindResource(this.name, created);
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						TransactionSynchronizationManager.unbindResourceIfPossible(PerTransaction.this.name);
					}
				});
				cache = created;
			}
			return cache;
		}

	}

	/**
	 * Profiles kept between requests, each with the version its row had when it was read.
	 * A read asks the database for the row's current version (one indexed lookup instead
	 * of the aggregate's root and child tables) and serves the kept profile only when the
	 * versions are equal; otherwise it reads the aggregate again.
	 * <p>
	 * Invalidation: every change to these aggregates goes through their repository, whose
	 * {@code @Version} column rises with each save (the aggregate is rewritten whole, so
	 * a change to opening hours, working hours or time off raises the root's version
	 * too). A change made by another instance is therefore seen on the next read here. A
	 * profile read inside a transaction is kept only once that transaction has committed,
	 * so a rolled-back change (whose version number a later change will reuse) is never
	 * served. A deleted row has no version, and its profile is dropped.
	 */
	static final class Versioned<V> {

		private final ConcurrentMap<UUID, Kept<V>> kept = new ConcurrentHashMap<>();

		private final JdbcClient jdbc;

		private final String versionQuery;

		/**
		 * @param versionQuery selects the {@code version} column of one row by
		 * {@code :id}
		 */
		Versioned(JdbcClient jdbc, String versionQuery) {
			this.jdbc = jdbc;
			this.versionQuery = versionQuery;
		}

		Optional<V> get(UUID id, Function<UUID, Optional<Kept<V>>> load) {
			Optional<Long> current = this.jdbc.sql(this.versionQuery).param("id", id).query(Long.class).optional();
			if (current.isEmpty()) {
				this.kept.remove(id);
				return Optional.empty();
			}
			Kept<V> hit = this.kept.get(id);
			if (hit != null && hit.version() == current.get()) {
				return Optional.of(hit.value());
			}
			Optional<Kept<V>> loaded = load.apply(id);
			loaded.ifPresent((versioned) -> keepOnceCommitted(id, versioned));
			return loaded.map(Kept::value);
		}

		private void keepOnceCommitted(UUID id, Kept<V> versioned) {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				this.kept.put(id, versioned);
				return;
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Versioned.this.kept.put(id, versioned);
				}
			});
		}

	}

}
