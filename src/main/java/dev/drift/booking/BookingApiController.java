package dev.drift.booking;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.TherapistId;
import dev.drift.shared.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The booking API: availability, appointments (book, list, cancel, reschedule). Times are
 * ISO-8601 with their offset, in the clinic's zone.
 */
@RestController
@RequestMapping("/api/v1")
class BookingApiController {

	private final Availability availability;

	private final Appointments appointments;

	BookingApiController(Availability availability, Appointments appointments) {
		this.availability = availability;
		this.appointments = appointments;
	}

	@Operation(summary = "Find free slots for a service, marked against the client's sleep window")
	@GetMapping("/availability")
	List<SlotJson> availability(Actor actor, @RequestParam String service,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID therapistId, @RequestParam(required = false) UUID clientId) {
		List<AvailableSlot> slots = this.availability.find(actor, service, from, to,
				therapistId == null ? null : new TherapistId(therapistId),
				clientId == null ? null : new ClientId(clientId));
		// therapists free at the same time share its text: formatted once per time
		Map<ZonedDateTime, String> times = new HashMap<>();
		return slots.stream().map((slot) -> SlotJson.of(slot, times)).toList();
	}

	@Operation(summary = "Book an appointment")
	@ApiResponse(responseCode = "201",
			description = "Booked (or the booking an earlier request with the same Idempotency-Key made)",
			useReturnTypeSchema = true)
	@ProblemCodes(status = 409, value = { "SLOT_TAKEN" })
	@ProblemCodes(status = 422,
			value = { "SKILL_REQUIRED", "SCREENING_BLOCKS", "OUTSIDE_HOURS", "TOO_LATE", "TOO_FAR_AHEAD" })
	@PostMapping("/appointments")
	ResponseEntity<AppointmentJson> book(Actor actor, @Valid @RequestBody BookingJson body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Booked booked = this.appointments.book(actor, new BookingRequest(new ClientId(body.clientId()),
				new TherapistId(body.therapistId()), body.service(), body.start().toInstant(), body.onlineContact()),
				idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.appointment().id()))
			.header("Idempotent-Replayed", String.valueOf(!booked.created()))
			.body(AppointmentJson.of(booked.appointment()));
	}

	@Operation(summary = "List appointments between two dates")
	@GetMapping("/appointments")
	List<AppointmentJson> list(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID therapistId, @RequestParam(required = false) UUID clientId) {
		return this.appointments
			.list(actor, from, to, therapistId == null ? null : new TherapistId(therapistId),
					clientId == null ? null : new ClientId(clientId))
			.stream()
			.map(AppointmentJson::of)
			.toList();
	}

	@Operation(summary = "Get one appointment")
	@GetMapping("/appointments/{id}")
	AppointmentJson get(Actor actor, @PathVariable UUID id) {
		return AppointmentJson.of(this.appointments.get(actor, id));
	}

	@Operation(summary = "Cancel an appointment")
	@ProblemCodes(status = 422, value = { "NOT_BOOKED", "TOO_LATE", "REASON_REQUIRED", "REASON_TOO_LONG" })
	@PostMapping("/appointments/{id}/cancel")
	AppointmentJson cancel(Actor actor, @PathVariable UUID id, @Valid @RequestBody(required = false) CancelJson body) {
		return AppointmentJson.of(this.appointments.cancel(actor, id, body == null ? null : body.reason()));
	}

	@Operation(summary = "Move an appointment to another time or therapist")
	@ProblemCodes(status = 409, value = { "SLOT_TAKEN" })
	@ProblemCodes(status = 422,
			value = { "NOT_BOOKED", "TOO_LATE", "REASON_REQUIRED", "REASON_TOO_LONG", "SKILL_REQUIRED",
					"SCREENING_BLOCKS", "OUTSIDE_HOURS", "TOO_FAR_AHEAD" })
	@PostMapping("/appointments/{id}/reschedule")
	AppointmentJson reschedule(Actor actor, @PathVariable UUID id, @Valid @RequestBody RescheduleJson body) {
		return AppointmentJson.of(this.appointments.reschedule(actor, id, body.start().toInstant(),
				body.therapistId() == null ? null : new TherapistId(body.therapistId()), body.reason()));
	}

	record BookingJson(@NotNull UUID clientId, @NotNull UUID therapistId, @NotBlank @Size(max = 40) String service,
			@NotNull OffsetDateTime start, @Size(max = 200) String onlineContact) {
	}

	record CancelJson(@Size(max = 500) String reason) {
	}

	record RescheduleJson(@NotNull OffsetDateTime start, UUID therapistId, @Size(max = 500) String reason) {
	}

	record SlotJson(UUID therapistId, String start, String end, boolean withinSleepWindow, String fit, String reason) {

		static SlotJson of(AvailableSlot slot, Map<ZonedDateTime, String> times) {
			return new SlotJson(slot.therapistId().value(),
					times.computeIfAbsent(slot.start(), BookingApiController::iso),
					times.computeIfAbsent(slot.end(), BookingApiController::iso), slot.withinSleepWindow(), slot.fit(),
					slot.reason());
		}

	}

	static String iso(ZonedDateTime time) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
	}

}
