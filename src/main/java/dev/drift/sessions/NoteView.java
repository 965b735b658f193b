package dev.drift.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session note as staff see it: the appointment it records, the screening it is checked
 * against (id and rule-set version, fixed when the note was opened), the screening's
 * mandatory modifications, the content, and once signed who signed, when and the
 * content's hash, with the addenda in order.
 */
public record NoteView(UUID appointmentId, UUID clientId, UUID therapistId, Instant appointmentStart, NoteStatus status,
		UUID screeningId, String ruleSetVersion, List<String> mandatoryModifications, List<String> avoidedAreas,
		String pressureCap, NoteContent note, long version, Instant savedAt, UUID signedBy, Instant signedAt,
		String contentHash, List<Addendum> addenda) {

	public NoteView {
		mandatoryModifications = List.copyOf(mandatoryModifications);
		avoidedAreas = List.copyOf(avoidedAreas);
		addenda = List.copyOf(addenda);
	}

	/** A signed correction or addition, append-only, numbered from 1. */
	public record Addendum(int number, String text, UUID signedBy, Instant signedAt, String hash) {
	}

}
