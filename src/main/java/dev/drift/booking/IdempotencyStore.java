package dev.drift.booking;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.drift.shared.Timestamps.utc;

/**
 * The {@code Idempotency-Key} of {@code POST /api/v1/appointments}, per account: a repeat
 * of a key answers the appointment the first request booked.
 */
@Repository
class IdempotencyStore {

	static final int MAX_KEY_LENGTH = 100;

	private final JdbcClient jdbc;

	IdempotencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The key as stored, or {@code null} without one; refuses one that is too long. */
	static String key(String header) {
		String key = header == null || header.isBlank() ? null : header.strip();
		if (key != null && key.length() > MAX_KEY_LENGTH) {
			throw new InvalidInputException("VALIDATION_FAILED", "The Idempotency-Key is too long", java.util.List
				.of(new FieldProblem("Idempotency-Key", "Size", "At most " + MAX_KEY_LENGTH + " characters")));
		}
		return key;
	}

	/** The appointment an earlier request of this account booked with this key. */
	Optional<UUID> booked(Actor actor, String key) {
		return this.jdbc
			.sql("select appointment_id from booking_idempotency where account_id = :account and idem_key = :key")
			.param("account", actor.accountId())
			.param("key", key)
			.query(UUID.class)
			.optional();
	}

	void remember(Actor actor, String key, UUID appointmentId, Instant now) {
		this.jdbc
			.sql("insert into booking_idempotency (account_id, idem_key, clinic_id, appointment_id, created_at)"
					+ " values (:account, :key, :clinic, :appointment, :now)")
			.param("account", actor.accountId())
			.param("key", key)
			.param("clinic", actor.clinicId().value())
			.param("appointment", appointmentId)
			.param("now", utc(now))
			.update();
	}

}
