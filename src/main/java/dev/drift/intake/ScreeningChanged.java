package dev.drift.intake;

import java.time.Instant;
import java.util.UUID;

import dev.drift.screening.Level;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;

/**
 * Published when a client's screening result changes (a new intake or a re-check that
 * found a change), so booking can re-check future appointments.
 *
 * @param clinicId the client's clinic
 * @param clientId the client
 * @param screeningId the new screening
 * @param previousLevel the session level before ({@code null} for the first screening)
 * @param sessionLevel the new session level
 * @param screenedAt when
 */
public record ScreeningChanged(ClinicId clinicId, ClientId clientId, UUID screeningId, Level previousLevel,
		Level sessionLevel, Instant screenedAt) {
}
