package dev.drift.people;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a therapist of a clinic.
 */
public record TherapistId(UUID value) implements Serializable {

	public TherapistId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
