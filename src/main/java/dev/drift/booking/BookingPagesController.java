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

	static final int DAYS = 14;

	static final int MAX_OTHER_SLOTS = 60;

	private final Catalogue catalogue;

	private final Availability availability;

	private final Appointments appointments;

	private final Viewer viewer;

	private final Clock clock;

	BookingPagesController(Catalogue catalogue, Availability availability, Appointments appointments, Viewer viewer,
			Clock clock) {
		this.catalogue = catalogue;
		this.availability = availability;
		this.appointments = appointments;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/booking")
	String services(Actor actor, Model model) {
		model.addAttribute("services", this.catalogue.bookable(actor.clinicId()));
		return "booking/services";
	}

	@GetMapping("/booking/slots")
	String slots(Actor actor, @RequestParam String service, Model model) {
		ClientProfile me = this.viewer.me(actor);
		ServiceView chosen = this.catalogue.bookable(actor.clinicId(), service);
		LocalDate today = LocalDate.now(this.clock.withZone(me.timeZone()));
		Map<TherapistId, String> names = this.viewer.therapistNames(actor);
		List<SlotRow> rows = this.availability.find(actor, service, today, today.plusDays(DAYS - 1), null, null)
			.stream()
			.map((slot) -> SlotRow.of(slot, me.timeZone(), names))
			.toList();
		model.addAttribute("service", chosen);
		model.addAttribute("windowSlots", rows.stream().filter(SlotRow::window).toList());
		model.addAttribute("otherSlots", rows.stream().filter((row) -> !row.window()).limit(MAX_OTHER_SLOTS).toList());
		model.addAttribute("zone", SlotRow.zoneName(me.timeZone(), ZonedDateTime.now(this.clock)));
		return "booking/slots";
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
