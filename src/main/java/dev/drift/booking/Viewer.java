package dev.drift.booking;

import dev.drift.booking.SlotGrid.Slot;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicDetails;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * What the client's booking pages need about the viewer: their own profile (zone), the
 * clinic's therapists by id, and lenient parsing of ids and times from links and forms
 * (anything unreadable is a 404, never a 500).
 */
@Component
class Viewer {

	private final People people;

	Viewer(People people) {
		this.people = people;
	}

	ClientProfile me(Actor actor) {
		if (actor.clientId() == null) {
			throw new NotFoundException("Client");
		}
		return this.people.client(actor, actor.clientId());
	}

	/** How the client reaches their clinic (shown where the client must call). */
	ClinicDetails.Contact contact(Actor actor) {
		return this.people.clinic(actor.clinicId()).contact();
	}

	Map<TherapistId, String> therapistNames(Actor actor) {
		return this.people.therapistNames(actor.clinicId());
	}

	static ZonedDateTime time(String text) {
		try {
			return OffsetDateTime.parse(text).toZonedDateTime();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new NotFoundException("Slot");
		}
	}

	static TherapistId therapist(String id) {
		try {
			return new TherapistId(UUID.fromString(id));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotFoundException("Therapist");
		}
	}

}
