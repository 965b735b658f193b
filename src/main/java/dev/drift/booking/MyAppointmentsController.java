package dev.drift.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.TherapistId;
import dev.drift.shared.DriftException;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's appointments: the list, and cancel or reschedule, each after a confirmation
 * page.
 */
@Controller
class MyAppointmentsController {

	private final Appointments appointments;

	private final Availability availability;

	private final Viewer viewer;

	private final Clock clock;

	private final Catalogue catalogue;

	private final SlotRules rules;

	MyAppointmentsController(Appointments appointments, Availability availability, Viewer viewer, Clock clock,
			Catalogue catalogue, SlotRules rules) {
		this.catalogue = catalogue;
		this.rules = rules;
		this.appointments = appointments;
		this.availability = availability;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/booking/mine")
	String mine(Actor actor, Model model) {
		ZoneId zone = this.viewer.me(actor).timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		Map<TherapistId, String> names = this.viewer.therapistNames(actor);
		java.time.Duration window = this.catalogue.settings(actor.clinicId()).cancelWindow();
		java.time.Instant lastChange = this.clock.instant().plus(window);
		model.addAttribute("windowHours", window.toHours());
		model.addAttribute("appointments", this.appointments
			.list(actor, today, today.plusDays(Appointments.MAX_RANGE_DAYS), null, actor.clientId())
			.stream()
			.map((appointment) -> Row.of(appointment, zone, names, appointment.start().toInstant().isAfter(lastChange)))
			.toList());
		model.addAttribute("zone", SlotRow.zoneName(zone, ZonedDateTime.now(this.clock)));
		model.addAttribute("contact", this.viewer.contact(actor));
		return "booking/mine";
	}

	@GetMapping("/booking/mine/{id}/cancel")
	String confirmCancel(Actor actor, @PathVariable UUID id, Model model) {
		ZoneId zone = this.viewer.me(actor).timeZone();
		AppointmentView appointment = this.appointments.get(actor, id);
		model.addAttribute("appointment",
				Row.of(appointment, zone, this.viewer.therapistNames(actor), changeable(actor, appointment)));
		model.addAttribute("windowHours", this.catalogue.settings(actor.clinicId()).cancelWindow().toHours());
		model.addAttribute("contact", this.viewer.contact(actor));
		return "booking/cancel";
	}

	@PostMapping("/booking/mine/{id}/cancel")
	String cancel(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.appointments.cancel(actor, id, null);
			redirect.addFlashAttribute("cancelled", true);
		}
		catch (DriftException ex) {
			rethrowNotFound(ex);
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/booking/mine";
	}

	@GetMapping("/booking/mine/{id}/reschedule")
	String reschedule(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0") String week, Model model) {
		ClientProfile me = this.viewer.me(actor);
		AppointmentView current = this.appointments.get(actor, id);
		BookingPagesController.Weeks weeks = BookingPagesController.Weeks.of(
				LocalDate.now(this.clock.withZone(me.timeZone())),
				this.rules.lastDay(me.timeZone(), this.clock.instant()), week);
		Map<TherapistId, String> names = this.viewer.therapistNames(actor);
		List<SlotRow> rows = this.availability.find(actor, current.serviceCode(), weeks.from(), weeks.to(), null, null)
			.stream()
			.map((slot) -> SlotRow.of(slot, me.timeZone(), names))
			.sorted(java.util.Comparator.comparing((SlotRow row) -> !row.window()))
			.toList();
		model.addAttribute("weeks", weeks);
		model.addAttribute("appointment", Row.of(current, me.timeZone(), names, true));
		model.addAttribute("slots", rows);
		model.addAttribute("zone", SlotRow.zoneName(me.timeZone(), ZonedDateTime.now(this.clock)));
		return "booking/reschedule";
	}

	@GetMapping("/booking/mine/{id}/reschedule/confirm")
	String confirmReschedule(Actor actor, @PathVariable UUID id, @RequestParam String start,
			@RequestParam String therapistId, Model model) {
		ZoneId zone = this.viewer.me(actor).timeZone();
		ZonedDateTime at = Viewer.time(start).withZoneSameInstant(zone);
		model.addAttribute("appointment",
				Row.of(this.appointments.get(actor, id), zone, this.viewer.therapistNames(actor), true));
		model.addAttribute("start", start);
		model.addAttribute("therapistId", therapistId);
		model.addAttribute("therapist",
				this.viewer.therapistNames(actor).getOrDefault(Viewer.therapist(therapistId), ""));
		model.addAttribute("day", SlotRow.DAY.format(at));
		model.addAttribute("time", SlotRow.TIME.format(at));
		model.addAttribute("zone", SlotRow.zoneName(zone, at));
		return "booking/reschedule-confirm";
	}

	@PostMapping("/booking/mine/{id}/reschedule")
	String move(Actor actor, @PathVariable UUID id, @RequestParam String start, @RequestParam String therapistId,
			RedirectAttributes redirect) {
		try {
			this.appointments.reschedule(actor, id, Viewer.time(start).toInstant(), Viewer.therapist(therapistId),
					null);
			redirect.addFlashAttribute("moved", true);
		}
		catch (DriftException ex) {
			rethrowNotFound(ex);
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/booking/mine";
	}

	/**
	 * Whether the client may still cancel or move it online (before the cancel window).
	 */
	private boolean changeable(Actor actor, AppointmentView appointment) {
		return appointment.isBooked() && appointment.start()
			.toInstant()
			.isAfter(this.clock.instant().plus(this.catalogue.settings(actor.clinicId()).cancelWindow()));
	}

	private static void rethrowNotFound(DriftException ex) {
		if (ex instanceof NotFoundException) {
			throw ex;
		}
	}

	/** An appointment as the client's pages show it, in their zone. */
	record Row(String id, String service, String therapist, String day, String time, boolean booked,
			String cancelReason, boolean online, String onlineContact, boolean changeable) {

		static Row of(AppointmentView a, ZoneId zone, Map<TherapistId, String> names, boolean changeable) {
			ZonedDateTime start = a.start().withZoneSameInstant(zone);
			ZonedDateTime end = a.end().withZoneSameInstant(zone);
			return new Row(a.id().toString(), a.serviceName(), names.getOrDefault(a.therapistId(), ""),
					SlotRow.DAY.format(start), SlotRow.TIME.format(start) + "–" + SlotRow.TIME.format(end),
					a.isBooked(), a.cancelReason(), a.online(), a.onlineContact(), changeable);
		}

	}

}
