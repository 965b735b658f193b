package dev.drift.sessions;

import java.time.Instant;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;

/**
 * Staff marked a started appointment ATTENDED (published in that transaction); it opens
 * the draft note and links the client's next diary night to the session.
 *
 * @param diaryDate the morning after the session: the diary date whose night follows it
 */
public record AppointmentAttended(UUID appointmentId, ClinicId clinicId, ClientId clientId, TherapistId therapistId,
		Instant start, java.time.LocalDate diaryDate) {
}
