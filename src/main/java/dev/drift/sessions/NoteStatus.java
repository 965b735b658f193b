package dev.drift.sessions;

/**
 * Where an appointment's note stands: none yet, a draft the therapist is writing, or
 * signed and locked.
 */
public enum NoteStatus {

	NONE, DRAFT, SIGNED

}
