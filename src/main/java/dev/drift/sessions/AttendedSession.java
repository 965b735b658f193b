package dev.drift.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attended session as outcomes read it (system view, no free text): who treated, when,
 * and once the note is signed its techniques, minutes treated and drift-off.
 *
 * @param signed whether the note is signed (techniques, minutes and drift-off are only
 * given then)
 */
public record AttendedSession(UUID appointmentId, UUID therapistId, Instant start, boolean signed,
		List<Technique> techniques, Integer minutes, DriftOff driftOff) {

	public AttendedSession {
		techniques = List.copyOf(techniques);
	}

}
