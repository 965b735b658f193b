package dev.drift.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a client sees of a signed session: when, what was done (techniques, areas,
 * minutes) and the home advice and next session; never the raw note.
 */
public record SessionSummary(UUID appointmentId, Instant start, List<Technique> techniques, List<String> areas,
		Integer minutes, String homeAdvice, String nextSession) {

	static SessionSummary of(UUID appointment, Instant start, NoteContent note) {
		return new SessionSummary(appointment, start, note.objective().techniques(),
				note.objective().areas().stream().map(NoteContent.Area::area).toList(), note.objective().minutes(),
				note.plan().homeAdvice(), note.plan().nextSession());
	}

}
