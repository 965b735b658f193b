package dev.drift.booking;

import java.time.Instant;
import java.util.List;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;

/**
 * Time held for one client that nobody else may book meanwhile (a waitlist offer).
 * Booking asks; another module (waitlist) answers, so booking depends on nothing that
 * holds. Without an implementation nothing is held.
 */
public interface HeldSlots {

	/** Holds none. */
	HeldSlots NONE = new HeldSlots() {

		@Override
		public List<HeldSlot> held(ClinicId clinic, ClientId except, Instant from, Instant to, Instant now) {
			return List.of();
		}

		@Override
		public boolean heldByOthers(TherapistId therapist, ClientId client, Instant start, Instant until, Instant now) {
			return false;
		}

	};

	/**
	 * Open holds of a clinic touching [from, to) at {@code now}, except those held for
	 * {@code except} (all when {@code null}).
	 */
	List<HeldSlot> held(ClinicId clinic, ClientId except, Instant from, Instant to, Instant now);

	/** Whether another client holds this therapist's time within [start, until). */
	boolean heldByOthers(TherapistId therapist, ClientId client, Instant start, Instant until, Instant now);

	/** A therapist's time held from start until the buffer after it ends. */
	record HeldSlot(TherapistId therapistId, Instant start, Instant blockedUntil) {
	}

}
