package dev.drift.booking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.drift.people.ClientProfile;
import dev.drift.people.TherapistId;

/**
 * Writes a booked hour straight into the store, for tests about what happens to
 * appointments that exist (not about booking them).
 */
final class StoredAppointments {

	private StoredAppointments() {
	}

	static Appointment booked(AppointmentStore store, ClientProfile client, TherapistId therapist, String service,
			boolean online, Instant start, Instant now) {
		Appointment appointment = new Appointment(UUID.randomUUID(), 0, client.clinicId(), client.id(), therapist,
				service, service, 60, BigDecimal.TEN, online, online ? "phone" : null, start,
				start.plus(Duration.ofHours(1)), start.plus(Duration.ofMinutes(75)), client.timeZone(),
				AppointmentStatus.BOOKED, null, 0, now, now);
		store.insert(appointment);
		return appointment;
	}

}
