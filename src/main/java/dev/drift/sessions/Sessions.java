package dev.drift.sessions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicId;
import dev.drift.people.TherapistId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions module's facade: attendance of a started appointment, its SOAP note
 * (drafts, sign and lock, addenda), the client's session summaries and the therapist's
 * day. Notes are for staff of the client's clinic only (anyone else: 404); every staff
 * read is audited.
 */
@Service
public class Sessions {

	private final SessionNotes notes;

	private final SessionDesk desk;

	private final NoteStore store;

	Sessions(SessionNotes notes, SessionDesk desk, NoteStore store) {
		this.notes = notes;
		this.desk = desk;
		this.store = store;
	}

	/**
	 * Staff mark a started appointment ATTENDED, NO_SHOW or LATE_CANCELLED (before its
	 * start: 422 {@code NOT_STARTED}); ATTENDED publishes {@link AppointmentAttended}.
	 */
	public Attendance markAttendance(Actor actor, UUID appointmentId, AttendanceStatus status) {
		return this.notes.mark(actor, appointmentId, status);
	}

	/** The appointment's note (the draft, opened now if need be), audited. */
	public NoteView note(Actor actor, UUID appointmentId) {
		return this.notes.note(actor, appointmentId);
	}

	/**
	 * Saves the whole draft; a note contradicting the screening in force at the
	 * appointment is refused (422 {@code NOTE_CONTRADICTS_SCREENING}, nothing stored), a
	 * signed one never changes (409 {@code NOTE_SIGNED}).
	 */
	public NoteView saveDraft(Actor actor, UUID appointmentId, NoteContent content) {
		return this.notes.save(actor, appointmentId, content);
	}

	/**
	 * Signs and locks the note: signer, time and a SHA-256 of the content. Every
	 * mandatory modification must be confirmed (422 {@code NOTE_INCOMPLETE}).
	 */
	public NoteView sign(Actor actor, UUID appointmentId) {
		return this.notes.sign(actor, appointmentId);
	}

	/** A signed correction or addition to a signed note, append-only. */
	public NoteView addAddendum(Actor actor, UUID appointmentId, String text) {
		return this.notes.addAddendum(actor, appointmentId, text);
	}

	/** A client's notes, newest first (staff of their clinic; audited). */
	public List<NoteView> notes(Actor actor, ClientId client) {
		return this.notes.notesOf(actor, client);
	}

	/**
	 * The client's attended sessions, oldest first, with what the signed notes record
	 * (system call for outcomes' read model, not audited).
	 */
	@Transactional(readOnly = true)
	public List<AttendedSession> attendedSessions(ClientId client) {
		return this.store.attended(client.value());
	}

	/**
	 * Each client's attended sessions, oldest first, read in one statement (system call
	 * for outcomes' read models, not audited); clients without any are absent.
	 */
	@Transactional(readOnly = true)
	public Map<ClientId, List<AttendedSession>> attendedSessions(Collection<ClientId> clients) {
		Map<ClientId, List<AttendedSession>> byClient = new HashMap<>();
		this.store.attended(clients.stream().map(ClientId::value).toList())
			.forEach((client, sessions) -> byClient.put(new ClientId(client), sessions));
		return byClient;
	}

	/** The client's signed sessions as they see them: what was done, home advice. */
	public List<SessionSummary> summaries(Actor actor, ClientId client) {
		return this.notes.summaries(actor, client);
	}

	/**
	 * Appointments on the clinic's days from to to, with the attendance as status and the
	 * note's status, filtered by either ({@code status}: BOOKED, CANCELLED, ATTENDED,
	 * NO_SHOW, LATE_CANCELLED; {@code note}: NONE, DRAFT, SIGNED).
	 */
	public List<SessionAppointment> appointments(Actor actor, LocalDate from, LocalDate to, TherapistId therapist,
			ClientId client, String status, String note) {
		return this.desk.appointments(actor, from, to, therapist, client, status, note);
	}

	/** The therapist's (or, for an admin, the clinic's) day. */
	public TherapistDay day(Actor actor) {
		return this.desk.day(actor);
	}

	/**
	 * A clinic's signed notes and how many record the client drifting off or falling
	 * asleep (system call; the demo's figures).
	 */
	@Transactional(readOnly = true)
	public NoteCounts counts(ClinicId clinic) {
		long[] counts = this.store.signedAndDriftedOff(clinic.value());
		return new NoteCounts(counts[0], counts[1]);
	}

	/** Signed notes and those that record drifting off (or sleep). */
	public record NoteCounts(long signed, long driftedOff) {

		public double driftOffShare() {
			return this.signed == 0 ? 0 : (double) this.driftedOff / this.signed;
		}

	}

}
