package dev.drift.booking;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A service a clinic offers: a code clients book by, its length, price and description.
 * An online service (the consultation) records a video link or phone number on the
 * appointment; every other service is a treatment and passes the screening gate.
 */
public record ServiceView(String code, String name, int minutes, BigDecimal price, String description, boolean online,
		boolean active) {

	static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	public ServiceView {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(price, "price");
		description = description == null ? "" : description.strip();
		if (name.isBlank() || name.length() > 80 || description.length() > 500) {
			throw new IllegalArgumentException("A service needs a name (up to 80 characters) and a short description");
		}
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A service code is 1 to 40 lower-case letters, digits or dashes");
		}
		if (minutes < 15 || minutes > 480 || minutes % 5 != 0) {
			throw new IllegalArgumentException("A service lasts 15 to 480 minutes, in steps of 5");
		}
		if (price.signum() < 0) {
			throw new IllegalArgumentException("A price cannot be negative");
		}
	}

	public Duration length() {
		return Duration.ofMinutes(this.minutes);
	}

	/**
	 * A treatment needs the client's screening to allow it; the consultation does not.
	 */
	public boolean isTreatment() {
		return !this.online;
	}

}
