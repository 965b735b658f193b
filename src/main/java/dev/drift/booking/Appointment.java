package dev.drift.booking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;
import dev.drift.shared.RuleViolationException;

/**
 * A booked or cancelled session. It guards its own changes: only a booked appointment can
 * be cancelled or moved, and every change raises the calendar sequence.
 */
record Appointment(UUID id, long version, ClinicId clinicId, ClientId clientId, TherapistId therapistId,
		String serviceCode, String serviceName, int minutes, BigDecimal price, boolean online, String onlineContact,
		Instant start, Instant end, Instant blockedUntil, ZoneId zone, AppointmentStatus status, String cancelReason,
		int sequence, Instant createdAt, Instant changedAt) {

	static Appointment book(ClinicId clinic, ClientId client, TherapistId therapist, ServiceView service,
			String onlineContact, Instant start, Duration buffer, ZoneId zone, Instant now) {
		Instant end = start.plus(service.length());
		return new Appointment(UUID.randomUUID(), 0, clinic, client, therapist, service.code(), service.name(),
				service.minutes(), service.price(), service.online(), service.online() ? onlineContact : null, start,
				end, end.plus(buffer), zone, AppointmentStatus.BOOKED, null, 0, now, now);
	}

	Duration buffer() {
		return Duration.between(this.end, this.blockedUntil);
	}

	Appointment cancel(String reason, Instant now) {
		requireBooked();
		return new Appointment(this.id, this.version, this.clinicId, this.clientId, this.therapistId, this.serviceCode,
				this.serviceName, this.minutes, this.price, this.online, this.onlineContact, this.start, this.end,
				this.blockedUntil, this.zone, AppointmentStatus.CANCELLED, reason, this.sequence + 1, this.createdAt,
				now);
	}

	Appointment moveTo(Instant newStart, TherapistId newTherapist, Instant now) {
		requireBooked();
		Instant newEnd = newStart.plus(Duration.ofMinutes(this.minutes));
		return new Appointment(this.id, this.version, this.clinicId, this.clientId, newTherapist, this.serviceCode,
				this.serviceName, this.minutes, this.price, this.online, this.onlineContact, newStart, newEnd,
				newEnd.plus(buffer()), this.zone, AppointmentStatus.BOOKED, null, this.sequence + 1, this.createdAt,
				now);
	}

	boolean isBooked() {
		return this.status == AppointmentStatus.BOOKED;
	}

	private void requireBooked() {
		if (!isBooked()) {
			throw new RuleViolationException("NOT_BOOKED", "This appointment is cancelled");
		}
	}

	AppointmentView toView(ZoneId viewZone) {
		return new AppointmentView(this.id, this.clinicId, this.clientId, this.therapistId, this.serviceCode,
				this.serviceName, this.minutes, this.price, this.online, this.onlineContact,
				this.start.atZone(viewZone), this.end.atZone(viewZone), this.status, this.cancelReason, this.sequence);
	}

}
