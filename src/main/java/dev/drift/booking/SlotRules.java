package dev.drift.booking;

import dev.drift.booking.SlotGrid.Busy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.drift.people.ClinicProfile;
import dev.drift.people.Skill;
import dev.drift.people.TherapistProfile;
import dev.drift.shared.RuleViolationException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules a start time must meet, shared by availability and booking: inside the
 * therapist's hours and the clinic's (on the grid), after the lead time, within the
 * horizon, and with a therapist who has the skills the client's screening demands.
 */
@Component
class SlotRules {

	private final int horizonDays;

	SlotRules(@Value("${drift.booking.horizon-days:90}") int horizonDays) {
		this.horizonDays = horizonDays;
	}

	/** The last day clients may book, in the clinic's zone, as of {@code now}. */
	LocalDate lastDay(ZoneId zone, Instant now) {
		return now.atZone(zone).toLocalDate().plusDays(this.horizonDays);
	}

	int horizonDays() {
		return this.horizonDays;
	}

	/** The therapists who have every skill the client's screening asks for. */
	static List<TherapistProfile> qualified(List<TherapistProfile> therapists, Set<Skill> needed) {
		return therapists.stream().filter((therapist) -> therapist.skills().containsAll(needed)).toList();
	}

	SlotGrid.Query query(ClinicProfile clinic, LocalDate from, LocalDate to, ServiceView service,
			BookingSettings settings, List<TherapistProfile> therapists,
			Map<dev.drift.people.TherapistId, List<Busy>> busy, List<Busy> clientBusy, Instant now) {
		return new SlotGrid.Query(clinic.timeZone(), from, to, service.length(), settings.buffer(),
				now.plus(settings.leadTime()), lastDay(clinic.timeZone(), now), clinic.openingHours(), therapists, busy,
				clientBusy);
	}

	/**
	 * Refuses a start outside the therapist's or the clinic's hours (422 OUTSIDE_HOURS),
	 * too soon (TOO_LATE) or beyond the horizon (TOO_FAR_AHEAD). Clashes are checked
	 * under lock.
	 */
	void requireBookable(ClinicProfile clinic, TherapistProfile therapist, ServiceView service,
			BookingSettings settings, Instant start, Instant now) {
		ZoneId zone = clinic.timeZone();
		LocalDate day = start.atZone(zone).toLocalDate();
		SlotGrid.Query query = new SlotGrid.Query(zone, day, day, service.length(), Duration.ZERO, Instant.MIN,
				LocalDate.MAX, clinic.openingHours(), List.of(therapist), Map.of(), List.of());
		boolean onGrid = SlotGrid.slots(query).stream().anyMatch((slot) -> slot.start().toInstant().equals(start));
		if (!onGrid) {
			throw new RuleViolationException("OUTSIDE_HOURS",
					"The therapist does not work at that time, or it is not a start time the clinic offers");
		}
		if (start.isBefore(now.plus(settings.leadTime()))) {
			throw new RuleViolationException("TOO_LATE", "That time is too soon to book");
		}
		if (day.isAfter(lastDay(zone, now))) {
			throw new RuleViolationException("TOO_FAR_AHEAD", "That time is beyond the booking horizon");
		}
	}

}
