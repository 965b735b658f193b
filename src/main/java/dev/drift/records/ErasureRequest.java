package dev.drift.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.drift.people.ClientId;

/**
 * A client's request to erase their data and, once an admin approved it, what the clinic
 * kept (counts only) and until when.
 */
public record ErasureRequest(UUID id, ClientId clientId, String clientName, Status status, Instant requestedAt,
		Instant decidedAt, LocalDate keepUntil, Integer retainedAppointments, Integer retainedPlans) {

	/** Where a request stands. */
	public enum Status {

		REQUESTED, ERASED

	}

	public boolean open() {
		return this.status == Status.REQUESTED;
	}

}
