package dev.drift.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.sessions.NoteStore.StoredNote;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists for staff: appointments filtered by status and note, and the therapist's day.
 */
@Service
@Transactional
class SessionDesk {

	static final Duration OVERDUE = Duration.ofHours(48);

	private static final List<String> STATUSES = List.of("BOOKED", "CANCELLED", "ATTENDED", "NO_SHOW",
			"LATE_CANCELLED");

	private final NoteStore store;

	private final Booking booking;

	private final People people;

	private final Intake intake;

	private final Clock clock;

	SessionDesk(NoteStore store, Booking booking, People people, Intake intake, Clock clock) {
		this.store = store;
		this.booking = booking;
		this.people = people;
		this.intake = intake;
		this.clock = clock;
	}

	List<SessionAppointment> appointments(Actor actor, LocalDate from, LocalDate to, TherapistId therapist,
			ClientId client, String status, String note) {
		String wantedStatus = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
		String wantedNote = note == null || note.isBlank() ? null : note.strip().toUpperCase(Locale.ROOT);
		if (wantedStatus != null && !STATUSES.contains(wantedStatus)) {
			throw new InvalidInputException("VALIDATION_FAILED", "Unknown status",
					List.of(new FieldProblem("status", "UNKNOWN", "One of " + STATUSES)));
		}
		if (wantedNote != null && !List.of("NONE", "DRAFT", "SIGNED").contains(wantedNote)) {
			throw new InvalidInputException("VALIDATION_FAILED", "Unknown note status",
					List.of(new FieldProblem("note", "UNKNOWN", "NONE, DRAFT or SIGNED")));
		}
		List<AppointmentView> appointments = this.booking.list(actor, from, to, therapist, client);
		List<UUID> ids = appointments.stream().map(AppointmentView::id).toList();
		Map<UUID, AttendanceStatus> attendance = this.store.attendances(ids);
		// clients see their appointments' status, never whether a note exists
		Map<UUID, NoteStatus> notes = actor.isStaff() ? this.store.statuses(ids) : Map.of();
		if (!actor.isStaff() && wantedNote != null) {
			return List.of();
		}
		return appointments.stream()
			.map((a) -> new SessionAppointment(a, status(a, attendance.get(a.id())),
					actor.isStaff() ? notes.getOrDefault(a.id(), NoteStatus.NONE) : null))
			.filter((a) -> wantedStatus == null || wantedStatus.equals(a.status()))
			.filter((a) -> wantedNote == null || wantedNote.equals(a.note().name()))
			.toList();
	}

	TherapistDay day(Actor actor) {
		actor.requireStaff();
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		TherapistId mine = actor.therapistId();
		List<AppointmentView> appointments = this.booking.list(actor, today, today, mine, null);
		List<UUID> ids = appointments.stream().map(AppointmentView::id).toList();
		Map<UUID, AttendanceStatus> attendance = this.store.attendances(ids);
		Map<UUID, NoteStatus> notes = this.store.statuses(ids);
		Map<ClientId, ClientProfile> clients = new HashMap<>();
		List<TherapistDay.Row> rows = appointments.stream().filter(AppointmentView::isBooked).map((a) -> {
			ClientProfile client = clients.computeIfAbsent(a.clientId(),
					(id) -> this.people.reach(actor, id, "SCREENING_READ"));
			return new TherapistDay.Row(a, client.name(), status(a, attendance.get(a.id())),
					notes.getOrDefault(a.id(), NoteStatus.NONE), badge(a));
		}).toList();
		List<StoredNote> drafts = this.store.drafts(actor.clinicId().value(), mine == null ? null : mine.value());
		Instant overdueBefore = now.minus(OVERDUE);
		return new TherapistDay(today, rows,
				drafts.stream().filter((n) -> !n.start().isBefore(overdueBefore)).map(this::draft).toList(),
				drafts.stream().filter((n) -> n.start().isBefore(overdueBefore)).map(this::draft).toList());
	}

	private TherapistDay.Draft draft(StoredNote note) {
		String name = this.people.findClient(new ClientId(note.clientId())).map(ClientProfile::name).orElse("");
		return new TherapistDay.Draft(note.appointmentId(), name, note.start(), note.savedAt());
	}

	private TherapistDay.Badge badge(AppointmentView a) {
		String recheck = this.intake.recheckFor(a.clientId(), a.id())
			.map((r) -> r.answeredAt() == null ? "OPEN" : Boolean.TRUE.equals(r.changed()) ? "CHANGED" : "NO_CHANGE")
			.orElse("NONE");
		return this.intake.screeningInForce(a.clientId(), this.clock.instant())
			.map((s) -> new TherapistDay.Badge(s.result().sessionLevel().name(), s.result().pressureCap().name(),
					s.result().avoidedAreas(), recheck))
			.orElseGet(() -> new TherapistDay.Badge(null, null, List.of(), recheck));
	}

	static String status(AppointmentView appointment, AttendanceStatus attendance) {
		return attendance != null && appointment.isBooked() ? attendance.name() : appointment.status().name();
	}

}
