package dev.drift.waitlist;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * What the waitlist pages need about the viewer (their own profile, the clinic's
 * therapists' names, read once per page) and how they write times.
 */
@Component
class WaitlistViewer {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final People people;

	WaitlistViewer(People people) {
		this.people = people;
	}

	ClientProfile me(Actor actor) {
		if (actor.clientId() == null) {
			throw new NotFoundException("Client");
		}
		return this.people.client(actor, actor.clientId());
	}

	Map<TherapistId, String> therapistNames(Actor actor) {
		return this.people.therapistNames(actor.clinicId());
	}

	/** "Europe/London (GMT)": the zone and its abbreviation at that time. */
	static String zoneName(ZoneId zone, ZonedDateTime at) {
		return zone.getId() + " (" + DateTimeFormatter.ofPattern("zzz", Locale.UK).format(at.withZoneSameInstant(zone))
				+ ")";
	}

	static String iso(ZonedDateTime time) {
		return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
	}

}
