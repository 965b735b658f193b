package dev.drift.booking;

import dev.drift.booking.SlotGrid.Slot;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.Clients;
import dev.drift.people.TherapistId;
import dev.drift.people.Therapists;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * What the client's booking pages need about the viewer: their own profile (zone), the
 * clinic's therapists by id, and lenient parsing of ids and times from links and forms
 * (anything unreadable is a 404, never a 500).
 */
@Component
class Viewer {

	private final Clients clients;

	private final Therapists therapists;

	Viewer(Clients clients, Therapists therapists) {
		this.clients = clients;
		this.therapists = therapists;
	}

	ClientProfile me(Actor actor) {
		if (actor.clientId() == null) {
			throw new NotFoundException("Client");
		}
		return this.clients.get(actor, actor.clientId());
	}

	Map<TherapistId, String> therapistNames(Actor actor) {
		return this.therapists.names(actor.clinicId());
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
