package dev.drift.booking;

import java.util.List;
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

	private final TransactionTemplate ownTransaction;

	BookingLocks(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Creates missing lock rows, each in its own short transaction (a concurrent
	 * creator's duplicate is fine), so the booking transaction only ever locks rows that
	 * exist.
	 */
	void prepare(ClinicId clinic, UUID... ids) {
		for (UUID id : ids) {
			if (exists(id)) {
				continue;
			}
			try {
				this.ownTransaction.executeWithoutResult(
						(status) -> this.jdbc.sql("insert into booking_lock (id, clinic_id) values (:id, :clinic)")
							.params(Map.of("id", id, "clinic", clinic.value()))
							.update());
			}
			catch (DuplicateKeyException ex) {
				// created meanwhile by a concurrent booking: exactly what we need
			}
		}
	}

	/**
	 * Locks the rows until the surrounding transaction ends; call {@link #prepare} first.
	 */
	void lock(UUID... ids) {
		List<UUID> ordered = java.util.Arrays.stream(ids).distinct().sorted().toList();
		for (UUID id : ordered) {
			this.jdbc.sql("select id from booking_lock where id = :id for update")
				.param("id", id)
				.query(UUID.class)
				.single();
		}
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from booking_lock where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}
