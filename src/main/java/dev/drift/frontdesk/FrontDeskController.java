package dev.drift.frontdesk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.drift.accounts.Accounts;
import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.booking.ServiceView;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.shared.DriftException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.ResultPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's front desk for staff: the appointment history (newest first, paginated),
 * book for the client, move or cancel one of their appointments — all through booking's
 * own path (locks, overlap checks, the screening gate, audit, emails) — and, for the
 * admin, deactivate or reactivate the client's account. A client of another clinic, or an
 * appointment of another client, is 404.
 */
@Controller
class FrontDeskController {

	static final int PAGE_SIZE = 10;

	static final int DAYS = 7;

	private final Booking booking;

	private final People people;

	private final Accounts accounts;

	private final Clock clock;

	FrontDeskController(Booking booking, People people, Accounts accounts, Clock clock) {
		this.booking = booking;
		this.people = people;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/clients/{id}/desk")
	String desk(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
		ClientProfile client = client(actor, id);
		List<AppointmentView> all = this.booking.appointmentsOf(actor, client.id())
			.stream()
			.sorted(Comparator.comparing(AppointmentView::start).reversed())
			.toList();
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.clamp(page, 0, pages - 1);
		model.addAttribute("history",
				new ResultPage<>(all.subList(shown * PAGE_SIZE, Math.min(all.size(), (shown + 1) * PAGE_SIZE)), shown,
						PAGE_SIZE, all.size()));
		model.addAttribute("account", this.accounts.clientAccount(actor, client.id()).orElse(null));
		model.addAttribute("services",
				this.booking.services(actor.clinicId()).stream().filter(ServiceView::active).toList());
		return page(actor, client, model);
	}

	@GetMapping("/clients/{id}/desk/book")
	String slots(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String service,
			@RequestParam(required = false) String from, Model model) {
		ClientProfile client = this.people.client(actor, client(actor, id).id());
		ServiceView chosen = this.booking.service(actor.clinicId(), service)
			.filter(ServiceView::active)
			.orElseThrow(() -> new NotFoundException("Service"));
		LocalDate start = day(actor, from);
		model.addAttribute("service", chosen);
		model.addAttribute("slots", slots(actor, client, chosen.code(), start));
		model.addAttribute("from", start);
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return page(actor, client, model, "frontdesk/book");
	}

	@PostMapping("/clients/{id}/desk/book")
	String book(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String service,
			@RequestParam(defaultValue = "") String slot, @RequestParam(defaultValue = "") String idempotencyKey,
			RedirectAttributes redirect) {
		ClientProfile client = client(actor, id);
		Slot chosen = Slot.parse(slot);
		if (chosen == null) {
			redirect.addFlashAttribute("problem", "SLOT_REQUIRED");
			redirect.addAttribute("service",
					this.booking.service(actor.clinicId(), service)
						.map(ServiceView::code)
						.orElseThrow(() -> new NotFoundException("Service")));
			return "redirect:/clients/" + client.id().value() + "/desk/book";
		}
		try {
			this.booking.book(actor,
					new BookingRequest(client.id(), chosen.therapist(), service, chosen.start().toInstant(), null),
					idempotencyKey.isBlank() ? null : idempotencyKey.strip());
			redirect.addFlashAttribute("done", "booked");
		}
		catch (DriftException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/clients/" + client.id().value() + "/desk";
	}

	@GetMapping("/clients/{id}/desk/appointments/{appointment}/move")
	String moveSlots(Actor actor, @PathVariable String id, @PathVariable String appointment,
			@RequestParam(required = false) String from, Model model) {
		ClientProfile client = this.people.client(actor, client(actor, id).id());
		AppointmentView moving = appointment(actor, client, appointment);
		LocalDate start = day(actor, from);
		model.addAttribute("appointment", moving);
		model.addAttribute("slots", slots(actor, client, moving.serviceCode(), start));
		model.addAttribute("from", start);
		return page(actor, client, model, "frontdesk/move");
	}

	@PostMapping("/clients/{id}/desk/appointments/{appointment}/move")
	String move(Actor actor, @PathVariable String id, @PathVariable String appointment,
			@RequestParam(defaultValue = "") String slot, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		ClientProfile client = client(actor, id);
		AppointmentView moving = appointment(actor, client, appointment);
		Slot chosen = Slot.parse(slot);
		if (chosen == null) {
			redirect.addFlashAttribute("problem", "SLOT_REQUIRED");
			return "redirect:/clients/" + client.id().value() + "/desk/appointments/" + moving.id() + "/move";
		}
		try {
			this.booking.reschedule(actor, moving.id(), chosen.start().toInstant(), chosen.therapist(), reason);
			redirect.addFlashAttribute("done", "moved");
			return "redirect:/clients/" + client.id().value() + "/desk";
		}
		catch (DriftException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/clients/" + client.id().value() + "/desk/appointments/" + moving.id() + "/move";
		}
	}

	@PostMapping("/clients/{id}/desk/appointments/{appointment}/cancel")
	String cancel(Actor actor, @PathVariable String id, @PathVariable String appointment,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		ClientProfile client = client(actor, id);
		AppointmentView cancelling = appointment(actor, client, appointment);
		try {
			this.booking.cancel(actor, cancelling.id(), reason);
			redirect.addFlashAttribute("done", "cancelled");
		}
		catch (DriftException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/clients/" + client.id().value() + "/desk";
	}

	@PostMapping("/clients/{id}/desk/account")
	String account(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "") String action,
			RedirectAttributes redirect) {
		ClientProfile client = client(actor, id);
		UUID account = this.accounts.clientAccount(actor, client.id())
			.orElseThrow(() -> new NotFoundException("Account"))
			.id();
		if ("deactivate".equals(action)) {
			this.accounts.deactivate(actor, account);
		}
		else {
			this.accounts.reactivate(actor, account);
		}
		redirect.addFlashAttribute("done", "deactivate".equals(action) ? "deactivated" : "reactivated");
		return "redirect:/clients/" + client.id().value() + "/desk";
	}

	private List<SlotChoice> slots(Actor actor, ClientProfile client, String service, LocalDate from) {
		var names = this.people.therapistNames(actor.clinicId());
		return this.booking.availability(actor, service, from, from.plusDays(DAYS - 1), null, client.id())
			.stream()
			.map((slot) -> new SlotChoice(new Slot(slot.therapistId(), slot.start().toOffsetDateTime()).value(),
					slot.start(), names.getOrDefault(slot.therapistId(), ""), slot.withinSleepWindow()))
			.toList();
	}

	/**
	 * The client, of the staff member's clinic, else 404. Not audited here: each page's
	 * one read is audited where it happens (the history as {@code APPOINTMENTS_READ}, the
	 * slot pages as {@code CLIENT_PROFILE_READ}) and each change by booking.
	 */
	private ClientProfile client(Actor actor, String id) {
		actor.requireStaff();
		try {
			return this.people.findClient(new ClientId(UUID.fromString(id)))
				.filter((found) -> found.clinicId().equals(actor.clinicId()))
				.orElseThrow(() -> new NotFoundException("Client"));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Client");
		}
	}

	private AppointmentView appointment(Actor actor, ClientProfile client, String id) {
		try {
			AppointmentView found = this.booking.get(actor, UUID.fromString(id));
			if (!found.clientId().equals(client.id())) {
				throw new NotFoundException("Appointment");
			}
			return found;
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Appointment");
		}
	}

	private LocalDate day(Actor actor, String from) {
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		try {
			LocalDate asked = from == null || from.isBlank() ? today : LocalDate.parse(from);
			return asked.isBefore(today) ? today : asked;
		}
		catch (DateTimeParseException ex) {
			return today;
		}
	}

	private String page(Actor actor, ClientProfile client, Model model) {
		return page(actor, client, model, "frontdesk/desk");
	}

	private String page(Actor actor, ClientProfile client, Model model, String view) {
		model.addAttribute("client", client);
		model.addAttribute("therapists", this.people.therapistNames(actor.clinicId()));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", this.people.clinic(actor.clinicId()).timeZone());
		return view;
	}

	/** A slot as a form value: the therapist and the start, with its offset. */
	record Slot(TherapistId therapist, OffsetDateTime start) {

		String value() {
			return this.therapist.value() + "_" + this.start;
		}

		static Slot parse(String value) {
			int cut = value.indexOf('_');
			if (cut < 0) {
				return null;
			}
			try {
				return new Slot(new TherapistId(UUID.fromString(value.substring(0, cut))),
						OffsetDateTime.parse(value.substring(cut + 1)));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				return null;
			}
		}

	}

	/**
	 * A slot to choose: its form value, start, therapist and whether it suits the sleep
	 * window.
	 */
	record SlotChoice(String value, java.time.ZonedDateTime start, String therapist, boolean window) {
	}

}
