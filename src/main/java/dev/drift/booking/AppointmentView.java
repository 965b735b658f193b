package dev.drift.booking;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;

/**
 * An appointment as pages, the API and other modules see it; times in the clinic's zone.
 */
public record AppointmentView(UUID id, ClinicId clinicId, ClientId clientId, TherapistId therapistId,
		String serviceCode, String serviceName, int minutes, BigDecimal price, boolean online, String onlineContact,
		ZonedDateTime start, ZonedDateTime end, AppointmentStatus status, String cancelReason, int sequence) {

	public boolean isBooked() {
		return this.status == AppointmentStatus.BOOKED;
	}

}
