package dev.drift.people;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything an admin can set about a clinic.
 */
public record ClinicDetails(String name, ZoneId timeZone, Locale locale, String currency,
		EmergencyNumbers emergencyNumbers, List<OpeningHours> openingHours, ClinicSettings settings,
		ClinicContact contact) {

	/** A clinic without a phone number or address yet. */
	public ClinicDetails(String name, ZoneId timeZone, Locale locale, String currency,
			EmergencyNumbers emergencyNumbers, List<OpeningHours> openingHours, ClinicSettings settings) {
		this(name, timeZone, locale, currency, emergencyNumbers, openingHours, settings, ClinicContact.none());
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

}
