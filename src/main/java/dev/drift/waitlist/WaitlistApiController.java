package dev.drift.waitlist;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.drift.booking.AppointmentJson;
import dev.drift.booking.Booked;
import dev.drift.booking.Booking;
import dev.drift.booking.ServiceView;
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

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The waitlist API: join, list (a client their own entries, staff the clinic's), and
 * confirm an offer.
 */
@RestController
@RequestMapping("/api/v1/waitlist")
class WaitlistApiController {

	private final Waitlist waitlist;

	WaitlistApiController(Waitlist waitlist) {
		this.waitlist = waitlist;
	}

	@Operation(summary = "Join the waitlist for a service")
	@ApiResponse(responseCode = "201", description = "On the waitlist", useReturnTypeSchema = true)
	@PostMapping
	ResponseEntity<EntryJson> join(Actor actor, @Valid @RequestBody JoinJson body) {
		WaitlistEntryView entry = this.waitlist.join(actor,
				new WaitlistRequest(body.clientId() == null ? null : new ClientId(body.clientId()), body.service(),
						body.from(), body.to(), body.therapistId() == null ? null : new TherapistId(body.therapistId()),
						Boolean.TRUE.equals(body.eveningsOnly())));
		return ResponseEntity.created(URI.create("/api/v1/waitlist/" + entry.id())).body(EntryJson.of(entry));
	}

	@Operation(summary = "List waitlist entries")
	@GetMapping
	List<EntryJson> list(Actor actor) {
		return this.waitlist.list(actor).stream().map(EntryJson::of).toList();
	}

	@Operation(summary = "Confirm a waitlist offer, booking the appointment")
	@ApiResponse(responseCode = "201", description = "Booked", useReturnTypeSchema = true)
	@ProblemCodes(status = 409, value = { "SLOT_TAKEN" })
	@ProblemCodes(status = 422, value = { "OFFER_EXPIRED" })
	@PostMapping("/offers/{id}/confirm")
	ResponseEntity<AppointmentJson> confirm(Actor actor, @PathVariable UUID id) {
		Booked booked = this.waitlist.confirm(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.appointment().id()))
			.body(AppointmentJson.of(booked.appointment()));
	}

	record JoinJson(UUID clientId, @NotBlank @Size(max = 40) String service, @NotNull LocalDate from,
			@NotNull LocalDate to, UUID therapistId, Boolean eveningsOnly) {
	}

	record EntryJson(UUID id, UUID clientId, String service, LocalDate from, LocalDate to, UUID therapistId,
			boolean eveningsOnly, String status, OfferJson offer) {

		static EntryJson of(WaitlistEntryView e) {
			return new EntryJson(e.id(), e.clientId().value(), e.service(), e.firstDay(), e.lastDay(),
					e.therapistId() == null ? null : e.therapistId().value(), e.eveningsOnly(), e.status(),
					e.offerId() == null ? null : new OfferJson(e.offerId(), e.offerTherapistId().value(),
							WaitlistViewer.iso(e.offerStart()), WaitlistViewer.iso(e.offerExpires())));
		}

	}

	record OfferJson(UUID id, UUID therapistId, String start, String expires) {
	}

}
