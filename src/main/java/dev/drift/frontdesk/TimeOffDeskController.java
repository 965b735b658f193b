package dev.drift.frontdesk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.frontdesk.FrontDeskController.Slot;
import dev.drift.frontdesk.FrontDeskController.SlotChoice;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.people.TherapistProfile;
import dev.drift.people.TimeOff;
import dev.drift.people.TimeOffForm;
import dev.drift.shared.DriftException;
import dev.drift.shared.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin adds a therapist's time off (the form on the therapist's page). Appointments
 * already booked in those days are listed, each needing a decision — move it to a time
 * the client agreed to, or cancel it with a message to the client — and until every one
 * has a complete decision nothing is saved and the page shows them again with what is
 * missing.
 */
@Controller
class TimeOffDeskController {

	/** Move choices offered per appointment: the free times nearest to it. */
	static final int CHOICES = 12;

	private final TimeOffDesk desk;

	private final Booking booking;

	private final People people;

	private final Clock clock;

	TimeOffDeskController(TimeOffDesk desk, Booking booking, People people, Clock clock) {
		this.desk = desk;
		this.booking = booking;
		this.people = people;
		this.clock = clock;
	}

	@PostMapping("/admin/therapists/{id}/time-off")
	String take(Actor actor, @PathVariable String id, @Valid @ModelAttribute("timeOff") TimeOffForm timeOff,
			BindingResult errors, @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
		actor.requireAdmin();
		TherapistProfile therapist = therapist(actor, id);
		timeOff.validate(errors);
		if (errors.hasErrors()) {
			return page(actor, therapist, null, List.of(), Map.of(), false, model);
		}
		TimeOff off = timeOff.toTimeOff();
		if (therapist.timeOff().stream().anyMatch((planned) -> planned.overlaps(off))) {
			errors.rejectValue("firstDay", "timeOff.overlaps");
			return page(actor, therapist, off, List.of(), Map.of(), false, model);
		}
		List<AppointmentView> clashes = this.desk.clashes(actor, therapist.id(), off);
		Map<UUID, ClashDecision> decisions = new LinkedHashMap<>();
		clashes.forEach((clash) -> decisions.put(clash.id(), ClashDecision.read(clash.id(), fields)));
		boolean submitted = fields.containsKey("decided");
		if (decisions.values().stream().anyMatch((decision) -> decision.problem() != null)) {
			return page(actor, therapist, off, clashes, decisions, submitted, model);
		}
		try {
			List<AppointmentView> undecided = this.desk.take(actor, therapist.id(), off, decisions);
			if (!undecided.isEmpty()) {
				return page(actor, therapist, off, undecided, decisions, submitted, model);
			}
		}
		catch (DriftException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			if ("TIME_OFF_OVERLAPS".equals(ex.code())) {
				errors.rejectValue("firstDay", "timeOff.overlaps");
			}
			else {
				model.addAttribute("problem", ex.code());
			}
			return page(actor, therapist, off, this.desk.clashes(actor, therapist.id(), off), decisions, submitted,
					model);
		}
		redirect.addFlashAttribute("saved", true);
		redirect.addFlashAttribute("settled", clashes.size());
		return "redirect:/admin/therapists/" + therapist.id().value();
	}

	private String page(Actor actor, TherapistProfile therapist, TimeOff off, List<AppointmentView> clashes,
			Map<UUID, ClashDecision> decisions, boolean submitted, Model model) {
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		Map<TherapistId, String> names = this.people.therapistNames(actor.clinicId());
		model.addAttribute("therapist", therapist);
		model.addAttribute("zone", zone);
		model.addAttribute("clashes",
				clashes.stream()
					.map((clash) -> new Clash(clash, clientName(clash), names.getOrDefault(clash.therapistId(), ""),
							decisions.get(clash.id()), submitted ? decisions.get(clash.id()).problem() : null,
							choices(actor, clash, therapist.id(), off, zone, names)))
					.toList());
		return "frontdesk/time-off";
	}

	/**
	 * The free times nearest to the appointment, for its service and client, from a week
	 * before to two weeks after it (not before today), never with the therapist on the
	 * days they are away.
	 */
	private List<SlotChoice> choices(Actor actor, AppointmentView clash, TherapistId away, TimeOff off, ZoneId zone,
			Map<TherapistId, String> names) {
		LocalDate day = clash.start().withZoneSameInstant(zone).toLocalDate();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		LocalDate from = day.minusDays(7).isBefore(today) ? today : day.minusDays(7);
		try {
			return this.booking.availability(actor, clash.serviceCode(), from, day.plusDays(14), null, clash.clientId())
				.stream()
				.filter((slot) -> !(slot.therapistId().equals(away)
						&& off.covers(slot.start().withZoneSameInstant(zone).toLocalDate())))
				.sorted(Comparator.comparing((dev.drift.booking.AvailableSlot slot) -> Math
					.abs(slot.start().toEpochSecond() - clash.start().toEpochSecond())))
				.limit(CHOICES)
				.sorted(Comparator.comparing(dev.drift.booking.AvailableSlot::start))
				.map((slot) -> new SlotChoice(new Slot(slot.therapistId(), slot.start().toOffsetDateTime()).value(),
						slot.start(), names.getOrDefault(slot.therapistId(), ""), slot.withinSleepWindow()))
				.toList();
		}
		catch (DriftException ex) {
			// the client may not book this service now (e.g. screening): only cancelling
			// is offered
			return List.of();
		}
	}

	private String clientName(AppointmentView clash) {
		return this.people.findClient(clash.clientId()).map(ClientProfile::name).orElse("");
	}

	private TherapistProfile therapist(Actor actor, String id) {
		try {
			return this.people.therapist(actor, new TherapistId(UUID.fromString(id)));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Therapist");
		}
	}

	/**
	 * One booked appointment in the time off, as the page shows it: who and when, the
	 * decision so far, what is missing (a message key) and the times it could move to.
	 */
	record Clash(AppointmentView appointment, String client, String therapist, ClashDecision decision, String problem,
			List<SlotChoice> choices) {
	}

}
