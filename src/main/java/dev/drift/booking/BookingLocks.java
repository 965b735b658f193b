package dev.drift.booking;

import java.util.Map;
import java.util.UUID;

import dev.drift.people.ClinicId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Row locks that serialize bookings of one therapist and of one client: one
 * {@code booking_lock} row per id, locked with {@code SELECT … FOR UPDATE} (H2 and
 * PostgreSQL alike) in id order, so two bookings never wait on each other in a circle.
 */
@Component
class BookingLocks {

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	BookingLocks(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Locks the rows of these ids until the surrounding transaction ends, in id order,
	 * creating a missing row first (under a savepoint, so a concurrent creator's
	 * duplicate only undoes that insert: the row exists either way, and the lock then
	 * waits for that creator's transaction).
	 */
	void lock(ClinicId clinic, UUID... ids) {
		for (UUID id : java.util.Arrays.stream(ids).distinct().sorted().toList()) {
			if (!lockRow(id)) {
				try {
					this.savepoint.executeWithoutResult(
							(status) -> this.jdbc.sql("insert into booking_lock (id, clinic_id) values (:id, :clinic)")
								.params(Map.of("id", id, "clinic", clinic.value()))
								.update());
				}
				catch (DuplicateKeyException ex) {
					// created meanwhile by a concurrent booking: exactly what we need
				}
				lockRow(id);
			}
		}
	}

	private boolean lockRow(UUID id) {
		return this.jdbc.sql("select id from booking_lock where id = :id for update")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

}
