package dev.drift.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.drift.people.ClientId;

/**
 * The "Has anything changed since your last visit?" check for one treatment appointment,
 * open to the client during the {@value #WINDOW_HOURS} hours before it starts.
 *
 * @param id the re-check
 * @param clientId the client
 * @param appointmentId booking's appointment
 * @param appointmentStart when the appointment starts
 * @param requestedAt when booking asked for it
 * @param answeredAt when the client answered, or {@code null}
 * @param changed whether anything changed ({@code null} until answered)
 * @param screeningId the screening a change produced, or {@code null}
 */
public record Recheck(UUID id, ClientId clientId, UUID appointmentId, Instant appointmentStart, Instant requestedAt,
		Instant answeredAt, Boolean changed, UUID screeningId) {

	public static final int WINDOW_HOURS = 48;

	public Instant opensAt() {
		return this.appointmentStart.minus(Duration.ofHours(WINDOW_HOURS));
	}

	public boolean isOpenAt(Instant now) {
		return this.answeredAt == null && !now.isBefore(opensAt()) && now.isBefore(this.appointmentStart);
	}

}
