package dev.drift.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.drift.booking.AppointmentJson;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.TherapistId;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance, notes and addenda over the API, and the appointment list's {@code status}
 * and {@code note} filters (booking answers the unfiltered list).
 */
@RestController
class SessionApiController {

	private final Sessions sessions;

	SessionApiController(Sessions sessions) {
		this.sessions = sessions;
	}

	@Operation(summary = "Mark a started appointment ATTENDED, NO_SHOW or LATE_CANCELLED")
	@PostMapping("/api/v1/appointments/{id}/attendance")
	Attendance attendance(Actor actor, @PathVariable UUID id, @RequestBody AttendanceRequest request) {
		return this.sessions.markAttendance(actor, id, request.status());
	}

	@Operation(summary = "The appointment's session note (the draft while unsigned)")
	@GetMapping("/api/v1/appointments/{id}/note")
	NoteView note(Actor actor, @PathVariable UUID id) {
		return this.sessions.note(actor, id);
	}

	@Operation(summary = "Save the whole draft note; refused when it contradicts the screening or is signed")
	@PutMapping("/api/v1/appointments/{id}/note")
	NoteView save(Actor actor, @PathVariable UUID id, @RequestBody NoteContent note) {
		return this.sessions.saveDraft(actor, id, note);
	}

	@Operation(summary = "Sign and lock the note")
	@PostMapping("/api/v1/appointments/{id}/note/sign")
	NoteView sign(Actor actor, @PathVariable UUID id) {
		return this.sessions.sign(actor, id);
	}

	@Operation(summary = "Add a signed addendum to a signed note")
	@PostMapping("/api/v1/appointments/{id}/note/addenda")
	@ResponseStatus(HttpStatus.CREATED)
	NoteView addendum(Actor actor, @PathVariable UUID id, @RequestBody AddendumRequest request) {
		return this.sessions.addAddendum(actor, id, request.text());
	}

	@Operation(summary = "A client's session notes, newest first")
	@GetMapping("/api/v1/clients/{id}/notes")
	List<NoteView> notes(Actor actor, @PathVariable UUID id) {
		return this.sessions.notes(actor, new ClientId(id));
	}

	@Operation(summary = "Appointments filtered by note status (NONE, DRAFT, SIGNED), optionally also by status")
	@GetMapping(value = "/api/v1/appointments", params = "note")
	List<Listed> byNote(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID therapistId, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) String status, @RequestParam String note) {
		return list(actor, from, to, therapistId, clientId, status, note);
	}

	@Operation(summary = "Appointments filtered by status (BOOKED, CANCELLED, ATTENDED, NO_SHOW, LATE_CANCELLED)")
	@GetMapping(value = "/api/v1/appointments", params = { "status", "!note" })
	List<Listed> byStatus(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID therapistId, @RequestParam(required = false) UUID clientId,
			@RequestParam String status) {
		return list(actor, from, to, therapistId, clientId, status, null);
	}

	private List<Listed> list(Actor actor, LocalDate from, LocalDate to, UUID therapistId, UUID clientId, String status,
			String note) {
		return this.sessions
			.appointments(actor, from, to, therapistId == null ? null : new TherapistId(therapistId),
					clientId == null ? null : new ClientId(clientId), status, note)
			.stream()
			.map(Listed::of)
			.toList();
	}

	record AttendanceRequest(AttendanceStatus status) {
	}

	record AddendumRequest(String text) {
	}

	/**
	 * An appointment as booking's API writes it, with the attendance as its status and
	 * the note's status (staff only).
	 */
	record Listed(UUID id, UUID clientId, UUID therapistId, String service, String serviceName, int minutes,
			java.math.BigDecimal price, boolean online, String onlineContact, String start, String end, String status,
			String cancelReason, int sequence, NoteStatus note) {

		static Listed of(SessionAppointment s) {
			AppointmentJson a = AppointmentJson.of(s.appointment());
			return new Listed(a.id(), a.clientId(), a.therapistId(), a.service(), a.serviceName(), a.minutes(),
					a.price(), a.online(), a.onlineContact(), a.start(), a.end(), s.status(), a.cancelReason(),
					a.sequence(), s.note());
		}

	}

}
