package dev.drift.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Profiles read once per transaction: a booking asks for its client and clinic from
 * booking, intake and notify alike, and each should cost one query. A change made through
 * this module replaces the cached profile; the cache ends with the transaction. Outside a
 * transaction every read goes to the database.
 */
final class TransactionReads {

	private final String name;

	TransactionReads(String name) {
		this.name = TransactionReads.class.getName() + "." + name;
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
					TransactionSynchronizationManager.unbindResourceIfPossible(TransactionReads.this.name);
				}
			});
			cache = created;
		}
		return cache;
	}

}
