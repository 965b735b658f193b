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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client books: choose a service, see the next two weeks' slots (their ideal window
 * first, in their own zone), confirm.
 */
@Controller
class BookingPagesController {

	private final Catalogue catalogue;

	private final Availability availability;

	private final Appointments appointments;

	private final Viewer viewer;

	private final Clock clock;

	private final SlotRules rules;

	BookingPagesController(Catalogue catalogue, Availability availability, Appointments appointments, Viewer viewer,
			Clock clock, SlotRules rules) {
		this.rules = rules;
		this.catalogue = catalogue;
		this.availability = availability;
		this.appointments = appointments;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/booking")
	String services(Actor actor, Model model) {
		if (actor.isStaff()) {
			// the client's self-service list is a dead end for staff: their entry is the
			// calendar
			return "redirect:/booking/calendar";
		}
		model.addAttribute("services", this.catalogue.bookable(actor.clinicId()));
		return "booking/services";
	}

	/**
	 * One week of free times (week 0 starts today; the strip reaches the booking
	 * horizon), optionally for one therapist; the sleep-window slots first.
	 */
	@GetMapping("/booking/slots")
	String slots(Actor actor, @RequestParam String service, @RequestParam(defaultValue = "0") String week,
			@RequestParam(required = false) String therapistId, Model model) {
		ClientProfile me = this.viewer.me(actor);
		ServiceView chosen = this.catalogue.bookable(actor.clinicId(), service);
		Map<TherapistId, String> names = this.viewer.therapistNames(actor);
		Weeks weeks = Weeks.of(LocalDate.now(this.clock.withZone(me.timeZone())),
				this.rules.lastDay(me.timeZone(), this.clock.instant()), week);
		TherapistId therapist = (therapistId == null || therapistId.isBlank()) ? null : Viewer.therapist(therapistId);
		List<SlotRow> rows = this.availability.find(actor, service, weeks.from(), weeks.to(), therapist, null)
			.stream()
			.map((slot) -> SlotRow.of(slot, me.timeZone(), names))
			.toList();
		model.addAttribute("service", chosen);
		model.addAttribute("windowSlots", rows.stream().filter(SlotRow::window).toList());
		model.addAttribute("otherDays", SlotRow.byDay(rows.stream().filter((row) -> !row.window()).toList()));
		model.addAttribute("weeks", weeks);
		model.addAttribute("therapists", names);
		model.addAttribute("therapistId", therapist == null ? "" : therapist.toString());
		model.addAttribute("zone", SlotRow.zoneName(me.timeZone(), ZonedDateTime.now(this.clock)));
		return "booking/slots";
	}

	/**
	 * The week strip: the chosen week's days and the first day of every week to the
	 * horizon.
	 */
	record Weeks(int current, LocalDate from, LocalDate to, List<LocalDate> starts) {

		static Weeks of(LocalDate today, LocalDate last, String week) {
			List<LocalDate> starts = new java.util.ArrayList<>();
			for (LocalDate d = today; !d.isAfter(last); d = d.plusWeeks(1)) {
				starts.add(d);
			}
			int current;
			try {
				current = Math.max(0, Math.min(starts.size() - 1, Integer.parseInt(week.strip())));
			}
			catch (NumberFormatException ex) {
				current = 0;
			}
			LocalDate from = starts.get(current);
			LocalDate to = from.plusDays(6).isAfter(last) ? last : from.plusDays(6);
			return new Weeks(current, from, to, starts);
		}

	}

	@GetMapping("/booking/confirm")
	String confirm(Actor actor, @ModelAttribute("form") BookingForm form, Model model) {
		ClientProfile me = this.viewer.me(actor);
		ServiceView service = this.catalogue.bookable(actor.clinicId(), form.service());
		ZonedDateTime start = form.startIn(me.timeZone());
		model.addAttribute("service", service);
		model.addAttribute("therapist", this.viewer.therapistNames(actor).getOrDefault(form.therapist(), ""));
		model.addAttribute("day", SlotRow.DAY.format(start));
		model.addAttribute("time", SlotRow.TIME.format(start));
		model.addAttribute("zone", SlotRow.zoneName(me.timeZone(), start));
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		java.time.Duration window = this.catalogue.settings(actor.clinicId()).cancelWindow();
		model.addAttribute("windowHours", window.toHours());
		model.addAttribute("insideWindow", !start.toInstant().isAfter(this.clock.instant().plus(window)));
		model.addAttribute("contact", this.viewer.contact(actor));
		return "booking/confirm";
	}

	@PostMapping("/booking/confirm")
	String book(Actor actor, @ModelAttribute("form") BookingForm form, RedirectAttributes redirect) {
		try {
			this.appointments.book(actor, new BookingRequest(actor.clientId(), form.therapist(), form.service(),
					form.startIn(ZoneId.of("UTC")).toInstant(), form.onlineContact()), form.idempotencyKey());
			redirect.addFlashAttribute("booked", true);
			return "redirect:/booking/mine";
		}
		catch (DriftException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.code());
			// the service's own code, never the posted text: nothing from a request goes
			// into a header
			redirect.addAttribute("service", this.catalogue.bookable(actor.clinicId(), form.service()).code());
			return "redirect:/booking/slots";
		}
	}

	/** The booking form: strings, so a crafted post cannot break binding. */
	record BookingForm(String service, String therapistId, String start, String onlineContact, String idempotencyKey) {

		TherapistId therapist() {
			return Viewer.therapist(this.therapistId);
		}

		ZonedDateTime startIn(ZoneId zone) {
			return Viewer.time(this.start).withZoneSameInstant(zone);
		}

	}

}
