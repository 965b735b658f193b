package dev.drift.people;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a client of a clinic.
 */
public record ClientId(UUID value) implements Serializable {

	public ClientId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
