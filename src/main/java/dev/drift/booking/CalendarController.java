package dev.drift.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.drift.people.Actor;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.people.TherapistProfile;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff's calendar: a day or a week, a therapist's own by default; an admin sees every
 * therapist's or picks one. Service, time and client name only.
 */
@Controller
class CalendarController {

	private final Appointments appointments;

	private final People people;

	private final Clock clock;

	CalendarController(Appointments appointments, People people, Clock clock) {
		this.appointments = appointments;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/booking/calendar")
	String calendar(Actor actor, @RequestParam(required = false) String date,
			@RequestParam(defaultValue = "week") String view, @RequestParam(required = false) String therapistId,
			Model model) {
		actor.requireStaff();
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		LocalDate day = parse(date, zone);
		boolean week = !"day".equals(view);
		LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
		LocalDate to = week ? from.plusDays(6) : day;
		TherapistId therapist = chosen(actor, therapistId);
		Map<TherapistId, String> names = this.people.therapistNames(actor.clinicId());
		Map<LocalDate, List<Entry>> days = new LinkedHashMap<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			days.put(d, new java.util.ArrayList<>());
		}
		for (AppointmentView a : this.appointments.list(actor, from, to, therapist, null)) {
			if (a.isBooked()) {
				days.get(a.start().toLocalDate())
					.add(new Entry(SlotRow.TIME.format(a.start()) + "–" + SlotRow.TIME.format(a.end()), a.serviceName(),
							names.getOrDefault(a.therapistId(), ""), a.id(),
							this.people.findClient(a.clientId()).map((c) -> c.name()).orElse("")));
			}
		}
		Map<LocalDate, List<String>> away = new LinkedHashMap<>();
		for (TherapistProfile t : this.people.therapistsOf(actor.clinicId())) {
			if (therapist == null || t.id().equals(therapist)) {
				for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
					if (t.isAwayOn(d)) {
						away.computeIfAbsent(d, (key) -> new java.util.ArrayList<>()).add(t.name());
					}
				}
			}
		}
		model.addAttribute("away", away);
		model.addAttribute("days", days);
		model.addAttribute("week", week);
		model.addAttribute("date", day);
		model.addAttribute("previous", week ? day.minusWeeks(1) : day.minusDays(1));
		model.addAttribute("next", week ? day.plusWeeks(1) : day.plusDays(1));
		model.addAttribute("therapistId", therapist == null ? "" : therapist.toString());
		model.addAttribute("therapists", actor.isAdmin() ? names : Map.of());
		model.addAttribute("zone", SlotRow.zoneName(zone, ZonedDateTime.now(this.clock)));
		return "booking/calendar";
	}

	private TherapistId chosen(Actor actor, String therapistId) {
		if (therapistId != null && !therapistId.isBlank()) {
			try {
				return new TherapistId(UUID.fromString(therapistId));
			}
			catch (IllegalArgumentException ex) {
				return actor.therapistId();
			}
		}
		return actor.isAdmin() ? null : actor.therapistId();
	}

	private LocalDate parse(String date, ZoneId zone) {
		try {
			return date == null || date.isBlank() ? LocalDate.now(this.clock.withZone(zone)) : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			return LocalDate.now(this.clock.withZone(zone));
		}
	}

	/** One calendar entry opened: when, what, with whom, and where to go next. */
	@GetMapping("/booking/calendar/appointments/{id}")
	String appointment(Actor actor, @PathVariable UUID id, Model model) {
		actor.requireStaff();
		AppointmentView appointment = this.appointments.get(actor, id);
		model.addAttribute("appointment", appointment);
		model.addAttribute("therapist",
				this.people.therapistNames(actor.clinicId()).getOrDefault(appointment.therapistId(), ""));
		model.addAttribute("client", this.people.findClient(appointment.clientId()).map((c) -> c.name()).orElse(""));
		model.addAttribute("week", appointment.start().toLocalDate());
		model.addAttribute("past", appointment.start().toInstant().isBefore(this.clock.instant()));
		return "booking/appointment";
	}

	record Entry(String time, String service, String therapist, UUID id, String client) {
	}

}
