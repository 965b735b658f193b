package dev.drift.waitlist;

import java.time.LocalDate;

import dev.drift.people.ClientId;
import dev.drift.people.TherapistId;

/**
 * A client asks to be told when a service frees up between two days (clinic-local,
 * inclusive), optionally with one therapist and only in the evening (starting 17:00 or
 * later).
 */
public record WaitlistRequest(ClientId clientId, String service, LocalDate firstDay, LocalDate lastDay,
		TherapistId therapistId, boolean eveningsOnly) {
}
