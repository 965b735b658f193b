package dev.drift.sessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.intake.ScreeningView;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.People;
import dev.drift.plan.Plans;
import dev.drift.screening.ScreeningResult;
import dev.drift.sessions.NoteStore.StoredAttendance;
import dev.drift.sessions.NoteStore.StoredNote;
import dev.drift.shared.ConflictException;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;
import dev.drift.selfcare.SelfCare;
import dev.drift.sleep.SleepDiary;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance, notes, signing and addenda. Only staff of the client's clinic reach a note
 * (a client, another clinic or a missing id: 404); each staff read is audited. A note is
 * checked against the screening in force at its appointment, fixed when it opens.
 */
@Service
@Transactional
class SessionNotes {

	static final int MAX_ADDENDUM = 4000;

	private final NoteStore store;

	private final Booking booking;

	private final People people;

	private final Intake intake;

	private final Plans plans;

	private final SleepDiary diary;

	private final SelfCare selfCare;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	SessionNotes(NoteStore store, Booking booking, People people, Intake intake, Plans plans, SleepDiary diary,
			SelfCare selfCare, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.selfCare = selfCare;
		this.store = store;
		this.booking = booking;
		this.people = people;
		this.intake = intake;
		this.plans = plans;
		this.diary = diary;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	Attendance mark(Actor actor, UUID appointmentId, AttendanceStatus status) {
		AppointmentView appointment = staffAppointment(actor, appointmentId, "ATTENDANCE_MARKED");
		if (status == null) {
			throw new InvalidInputException("INVALID_ATTENDANCE", "Say how the appointment went",
					List.of(new FieldProblem("status", "REQUIRED", "ATTENDED, NO_SHOW or LATE_CANCELLED")));
		}
		if (!appointment.isBooked()) {
			throw new RuleViolationException("NOT_BOOKED", "This appointment is cancelled");
		}
		Instant now = this.clock.instant();
		if (now.isBefore(appointment.start().toInstant())) {
			throw new RuleViolationException("NOT_STARTED", "Attendance is marked once the appointment has started");
		}
		Optional<StoredNote> note = this.store.find(appointmentId);
		if (status != AttendanceStatus.ATTENDED && note.map((n) -> n.status() == NoteStatus.SIGNED).orElse(false)) {
			throw new ConflictException("NOTE_SIGNED", "The session's note is signed");
		}
		boolean newlyAttended = status == AttendanceStatus.ATTENDED && this.store.attendance(appointmentId)
			.map((a) -> a.status() != AttendanceStatus.ATTENDED)
			.orElse(true);
		StoredAttendance marked = new StoredAttendance(appointmentId, appointment.clinicId().value(),
				appointment.clientId().value(), appointment.therapistId().value(), appointment.start().toInstant(),
				status, actor.accountId(), now);
		this.store.mark(marked);
		if (newlyAttended) {
			LocalDate morning = this.people.findClient(appointment.clientId())
				.map((c) -> appointment.start().withZoneSameInstant(c.timeZone()).toLocalDate())
				.orElse(appointment.start().toLocalDate())
				.plusDays(1);
			this.events.publishEvent(new AppointmentAttended(appointmentId, appointment.clinicId(),
					appointment.clientId(), appointment.therapistId(), appointment.start().toInstant(), morning));
		}
		return new Attendance(appointmentId, status, actor.accountId(), now,
				this.store.find(appointmentId).map(StoredNote::status).orElse(NoteStatus.NONE));
	}

	/** The listener's part: the draft opens and the next diary night is linked. */
	void opened(AppointmentAttended attended) {
		this.store.attendance(attended.appointmentId())
			.filter((a) -> a.status() == AttendanceStatus.ATTENDED)
			.ifPresent(this::open);
		this.diary.linkSession(attended.clientId(), attended.diaryDate(), attended.appointmentId());
	}

	NoteView note(Actor actor, UUID appointmentId) {
		AppointmentView appointment = staffAppointment(actor, appointmentId, "SESSION_NOTE_READ");
		return view(attendedNote(appointment));
	}

	NoteView save(Actor actor, UUID appointmentId, NoteContent content) {
		AppointmentView appointment = staffAppointment(actor, appointmentId, "SESSION_NOTE_SAVED");
		StoredNote note = attendedNote(appointment);
		requireDraft(note);
		NoteContent checked = content == null ? NoteContent.EMPTY : content;
		NoteRules.requireWellFormed(checked);
		screening(note).ifPresent((screening) -> NoteRules.requireConsistent(checked, screening));
		if (!this.store.saveDraft(appointmentId, checked, this.clock.instant())) {
			throw signed();
		}
		return view(this.store.find(appointmentId).orElseThrow());
	}

	NoteView sign(Actor actor, UUID appointmentId) {
		AppointmentView appointment = staffAppointment(actor, appointmentId, "SESSION_NOTE_SIGNED");
		StoredNote note = attendedNote(appointment);
		requireDraft(note);
		Instant now = this.clock.instant();
		if (now.isBefore(note.start())) {
			throw new RuleViolationException("NOT_STARTED", "A note is signed once the appointment has started");
		}
		Optional<ScreeningResult> screening = screening(note);
		screening.ifPresent((result) -> NoteRules.requireConsistent(note.content(), result));
		NoteRules.requireSignable(note.content(), NoteRules.mandatory(screening.orElse(null)));
		String hash = sha256(this.json.writeValueAsString(note.content()));
		if (!this.store.sign(appointmentId, note.version(), actor.accountId(), now, hash)) {
			throw new ConflictException("NOTE_CHANGED", "The note changed meanwhile; sign it again");
		}
		this.events.publishEvent(new SessionNoteSigned(appointmentId, note.clinicId(), note.clientId()));
		String routine = note.content().plan().homeRoutine();
		if (routine != null) {
			this.selfCare.assign(actor, appointment.clientId(), "gate".equals(routine) ? null : routine);
		}
		return view(this.store.find(appointmentId).orElseThrow());
	}

	NoteView addAddendum(Actor actor, UUID appointmentId, String text) {
		AppointmentView appointment = staffAppointment(actor, appointmentId, "SESSION_NOTE_ADDENDUM");
		StoredNote note = attendedNote(appointment);
		if (note.status() != NoteStatus.SIGNED) {
			throw new ConflictException("NOTE_NOT_SIGNED", "Change the draft itself; addenda follow a signed note");
		}
		String body = text == null ? "" : text.strip();
		if (body.isEmpty() || body.length() > MAX_ADDENDUM) {
			throw new InvalidInputException("INVALID_ADDENDUM", "Write the addendum", List.of(new FieldProblem("text",
					body.isEmpty() ? "REQUIRED" : "TOO_LONG", "Write 1 to " + MAX_ADDENDUM + " characters")));
		}
		List<NoteView.Addendum> addenda = this.store.addenda(appointmentId);
		String previous = addenda.isEmpty() ? note.contentHash() : addenda.get(addenda.size() - 1).hash();
		try {
			this.store.addAddendum(appointmentId, addenda.size() + 1, body, actor.accountId(), this.clock.instant(),
					sha256(previous + "\n" + body));
		}
		catch (DuplicateKeyException concurrent) {
			throw new ConflictException("NOTE_CHANGED", "Another addendum was added meanwhile; add yours again");
		}
		return view(this.store.find(appointmentId).orElseThrow());
	}

	/** A client's notes for staff of their clinic (audited), newest first. */
	@Transactional
	List<NoteView> notesOf(Actor actor, ClientId client) {
		if (!actor.isStaff()) {
			throw new NotFoundException("Client");
		}
		this.people.reach(actor, client, "SESSION_NOTE_READ");
		return this.store.ofClient(client.value()).stream().map(this::view).toList();
	}

	/**
	 * The client's signed sessions in their own words: what was done and the home advice
	 * (the client, or staff of their clinic).
	 */
	@Transactional
	List<SessionSummary> summaries(Actor actor, ClientId client) {
		this.people.reach(actor, client, "SESSION_SUMMARY_READ");
		return this.store.ofClient(client.value())
			.stream()
			.filter((n) -> n.status() == NoteStatus.SIGNED)
			.map((n) -> SessionSummary.of(n.appointmentId(), n.start(), n.content()))
			.toList();
	}

	/**
	 * The note of an attended appointment, opened now if the listener has not yet; any
	 * other appointment has no note (404).
	 */
	StoredNote attendedNote(AppointmentView appointment) {
		Optional<StoredNote> note = this.store.find(appointment.id());
		if (note.isPresent()) {
			return note.get();
		}
		StoredAttendance attendance = this.store.attendance(appointment.id())
			.filter((a) -> a.status() == AttendanceStatus.ATTENDED)
			.orElseThrow(() -> new NotFoundException("Note"));
		open(attendance);
		return this.store.find(appointment.id()).orElseThrow();
	}

	/**
	 * Opens the draft: the screening in force at the appointment (its id and rule-set
	 * version kept), prefilled from the client's open plan within that screening.
	 */
	private void open(StoredAttendance attendance) {
		ClientId client = new ClientId(attendance.clientId());
		Optional<ScreeningView> screening = this.intake.screeningInForce(client, attendance.start());
		NoteContent prefill = Prefill.of(this.plans.termsInForce(client).orElse(null),
				screening.map(ScreeningView::result).orElse(null));
		this.store.open(new StoredNote(attendance.appointmentId(), attendance.clinicId(), attendance.clientId(),
				attendance.therapistId(), attendance.start(), screening.map(ScreeningView::id).orElse(null),
				screening.map(ScreeningView::ruleSetVersion).orElse(null), prefill, NoteStatus.DRAFT, 0,
				this.clock.instant(), null, null, null));
	}

	/** The appointment for staff of its clinic, audited; anyone else: 404. */
	private AppointmentView staffAppointment(Actor actor, UUID appointmentId, String action) {
		if (!actor.isStaff()) {
			throw new NotFoundException("Appointment");
		}
		AppointmentView appointment = this.booking.get(actor, appointmentId);
		this.people.reach(actor, appointment.clientId(), action);
		return appointment;
	}

	private Optional<ScreeningResult> screening(StoredNote note) {
		return note.screeningId() == null ? Optional.empty() : this.intake.screeningResult(note.screeningId());
	}

	private void requireDraft(StoredNote note) {
		if (note.status() == NoteStatus.SIGNED) {
			throw signed();
		}
	}

	private static ConflictException signed() {
		return new ConflictException("NOTE_SIGNED", "A signed note never changes; add an addendum");
	}

	NoteView view(StoredNote note) {
		ScreeningResult screening = screening(note).orElse(null);
		return new NoteView(note.appointmentId(), note.clientId(), note.therapistId(), note.start(), note.status(),
				note.screeningId(), note.ruleSetVersion(), NoteRules.mandatory(screening),
				screening == null ? List.of() : screening.avoidedAreas(),
				screening == null ? null : screening.pressureCap().name(), note.content(), note.version(),
				note.savedAt(), note.signedBy(), note.signedAt(), note.contentHash(),
				this.store.addenda(note.appointmentId()));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
