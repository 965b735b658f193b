package dev.drift.people;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything an admin can set about a clinic.
 */
public record ClinicDetails(String name, ZoneId timeZone, Locale locale, String currency,
		EmergencyNumbers emergencyNumbers, List<OpeningHours> openingHours, ClinicSettings settings, Contact contact) {

	/** A clinic without a phone number or address yet. */
	public ClinicDetails(String name, ZoneId timeZone, Locale locale, String currency,
			EmergencyNumbers emergencyNumbers, List<OpeningHours> openingHours, ClinicSettings settings) {
		this(name, timeZone, locale, currency, emergencyNumbers, openingHours, settings, Contact.none());
	}

	public ClinicDetails {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(emergencyNumbers, "emergencyNumbers");
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(contact, "contact");
		openingHours = List.copyOf(openingHours);
		if (openingHours.stream().map(OpeningHours::dayOfWeek).distinct().count() != openingHours.size()) {
			throw new IllegalArgumentException("One set of opening hours per weekday");
		}
	}

	/**
	 * How clients reach the clinic: its phone number and postal address (either may be
	 * missing; the address may span lines).
	 */
	public record Contact(String phone, String address) {

		public Contact {
			phone = blankToNull(phone);
			address = blankToNull(address);
		}

		public static Contact none() {
			return new Contact(null, null);
		}

		public boolean hasPhone() {
			return this.phone != null;
		}

		public boolean hasAddress() {
			return this.address != null;
		}

		/**
		 * The address on one line (its lines joined with commas), for emails and lists.
		 */
		public String addressOnOneLine() {
			return this.address == null ? null : String.join(", ", this.address.strip().split("\\s*\\R\\s*"));
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}

	}

}
