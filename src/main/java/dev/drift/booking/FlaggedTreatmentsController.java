package dev.drift.booking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Staff's list of booked treatments that a later screening no longer allows: a page
 * beside the calendar and {@code GET /api/v1/appointments/flagged}.
 */
@Controller
class FlaggedTreatmentsController {

	private final FlaggedTreatments flagged;

	private final People people;

	FlaggedTreatmentsController(FlaggedTreatments flagged, People people) {
		this.flagged = flagged;
		this.people = people;
	}

	@Operation(summary = "List booked treatments a changed screening flagged for review")
	@GetMapping("/api/v1/appointments/flagged")
	@ResponseBody
	List<FlaggedJson> api(Actor actor) {
		return this.flagged.open(actor)
			.stream()
			.map((f) -> new FlaggedJson(AppointmentJson.of(f.appointment()), f.reason()))
			.toList();
	}

	@GetMapping("/booking/flagged")
	String page(Actor actor, Model model) {
		List<FlaggedTreatments.FlaggedTreatment> open = this.flagged.open(actor);
		Set<ClientId> ids = open.stream().map((f) -> f.appointment().clientId()).collect(Collectors.toSet());
		Map<ClientId, String> names = this.people.clientsOf(actor.clinicId())
			.stream()
			.filter((c) -> ids.contains(c.id()))
			.collect(Collectors.toMap(ClientProfile::id, ClientProfile::name, (a, b) -> a));
		model.addAttribute("flagged", open);
		model.addAttribute("names", names);
		return "booking/flagged";
	}

	record FlaggedJson(AppointmentJson appointment, String reason) {
	}

}
