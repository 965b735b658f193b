package dev.drift.people;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A clinic as other modules and pages see it.
 */
public record ClinicProfile(ClinicId id, String name, ZoneId timeZone, Locale locale, String currency,
		EmergencyNumbers emergencyNumbers, List<OpeningHours> openingHours, ClinicSettings settings,
		ClinicDetails.Contact contact) {

	public Optional<OpeningHours> hoursOn(DayOfWeek day) {
		return this.openingHours.stream().filter((hours) -> hours.dayOfWeek() == day).findFirst();
	}

	public ClinicDetails details() {
		return new ClinicDetails(this.name, this.timeZone, this.locale, this.currency, this.emergencyNumbers,
				this.openingHours, this.settings, this.contact);
	}

}
