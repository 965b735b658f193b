package dev.drift.people;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a clinic (a tenant).
 */
public record ClinicId(UUID value) implements Serializable {

	public ClinicId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
