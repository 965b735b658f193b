package dev.drift.waitlist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.TherapistId;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.booking.AppointmentJson;
import dev.drift.booking.Booking;
import dev.drift.booking.ServiceView;
import dev.drift.booking.Booked;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's waitlist page: join (service, days, therapist, evenings only), see their
 * entries and any offer held for them, leave.
 */
@Controller
class WaitlistPagesController {

	/**
	 * The days a new wait covers unless the client changes them (the booking page's
	 * span).
	 */
	static final int DEFAULT_DAYS = 14;

	private final Waitlist waitlist;

	private final Booking booking;

	private final WaitlistViewer viewer;

	private final Clock clock;

	WaitlistPagesController(Waitlist waitlist, Booking booking, WaitlistViewer viewer, Clock clock) {
		this.waitlist = waitlist;
		this.booking = booking;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/booking/waitlist")
	String page(Actor actor, @RequestParam(required = false) String service, Model model) {
		ZoneId zone = this.viewer.me(actor).timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		model.addAttribute("form",
				new WaitlistForm(service, today.toString(), today.plusDays(DEFAULT_DAYS - 1).toString(), null, null));
		return render(actor, zone, model);
	}

	@PostMapping("/booking/waitlist")
	String join(Actor actor, @ModelAttribute("form") WaitlistForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ZoneId zone = this.viewer.me(actor).timeZone();
		LocalDate from = day(form.from(), "from", errors);
		LocalDate to = day(form.to(), "to", errors);
		TherapistId therapist = null;
		if (form.therapistId() != null && !form.therapistId().isBlank()) {
			therapist = this.viewer.therapistNames(actor)
				.keySet()
				.stream()
				.filter((id) -> id.value().toString().equals(form.therapistId()))
				.findFirst()
				.orElse(null);
			if (therapist == null) {
				errors.rejectValue("therapistId", "booking.waitlist.therapist.invalid");
			}
		}
		if (form.service() == null || this.booking.services(actor.clinicId())
			.stream()
			.noneMatch((service) -> service.code().equals(form.service()))) {
			errors.rejectValue("service", "booking.waitlist.service.invalid");
		}
		if (!errors.hasErrors()) {
			try {
				this.waitlist.join(actor, new WaitlistRequest(null, form.service(), from, to, therapist,
						"true".equals(form.eveningsOnly())));
				redirect.addFlashAttribute("joined", true);
				return "redirect:/booking/waitlist";
			}
			catch (InvalidInputException ex) {
				errors.rejectValue("to", "booking.waitlist.days.invalid");
			}
		}
		return render(actor, zone, model);
	}

	@PostMapping("/booking/waitlist/{id}/leave")
	String leave(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
		this.waitlist.leave(actor, uuid(id));
		redirect.addFlashAttribute("left", true);
		return "redirect:/booking/waitlist";
	}

	private String render(Actor actor, ZoneId zone, Model model) {
		Map<TherapistId, String> names = this.viewer.therapistNames(actor);
		Map<String, String> services = new java.util.LinkedHashMap<>();
		this.booking.services(actor.clinicId()).forEach((service) -> services.put(service.code(), service.name()));
		model.addAttribute("services", services);
		model.addAttribute("therapists",
				names.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByValue())
					.map((e) -> Map.entry(e.getKey().value().toString(), e.getValue()))
					.toList());
		model.addAttribute("entries",
				this.waitlist.list(actor)
					.stream()
					.filter((entry) -> !"LEFT".equals(entry.status()))
					.map((entry) -> EntryRow.of(entry, zone, names, services))
					.toList());
		model.addAttribute("zone", WaitlistViewer.zoneName(zone, ZonedDateTime.now(this.clock)));
		return "waitlist/waitlist";
	}

	private static LocalDate day(String text, String field, BindingResult errors) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "booking.waitlist.day.invalid");
			return null;
		}
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Waitlist");
		}
	}

	/** The join form: strings, so a crafted post cannot break binding. */
	record WaitlistForm(String service, String from, String to, String therapistId, String eveningsOnly) {
	}

	/** An entry as the page shows it, with its open offer in the client's zone. */
	record EntryRow(String id, String service, String days, String therapist, boolean eveningsOnly, String status,
			String offerId, String offerWhen, String offerUntil) {

		static EntryRow of(WaitlistEntryView e, ZoneId zone, Map<TherapistId, String> names,
				Map<String, String> services) {
			String when = null;
			String until = null;
			if (e.offerId() != null) {
				ZonedDateTime start = e.offerStart().withZoneSameInstant(zone);
				when = WaitlistViewer.DAY.format(start) + ", " + WaitlistViewer.TIME.format(start) + " · "
						+ names.getOrDefault(e.offerTherapistId(), "");
				until = WaitlistViewer.DAY.format(e.offerExpires().withZoneSameInstant(zone)) + ", "
						+ WaitlistViewer.TIME.format(e.offerExpires().withZoneSameInstant(zone));
			}
			return new EntryRow(e.id().toString(), services.getOrDefault(e.service(), e.service()),
					WaitlistViewer.DAY.format(e.firstDay()) + " – " + WaitlistViewer.DAY.format(e.lastDay()),
					e.therapistId() == null ? null : names.getOrDefault(e.therapistId(), ""), e.eveningsOnly(),
					e.status(), e.offerId() == null ? null : e.offerId().toString(), when, until);
		}

	}

}
