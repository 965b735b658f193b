package dev.drift.frontdesk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.intake.TreatmentDecision;
import dev.drift.notify.MessageStatus;
import dev.drift.notify.Outbox;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.screening.Level;
import dev.drift.sessions.SessionAppointment;
import dev.drift.sessions.Sessions;
import dev.drift.shared.NotFoundException;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's dashboard: today and this week (Monday to Sunday, the clinic's days) —
 * appointments booked, no-shows, new clients, unsigned notes — and what waits now —
 * intakes waiting for a therapist's review (DEFER or URGENT, not overridden), clearances
 * pending, failed emails. Every figure links to the list behind it.
 */
@Controller
class DashboardController {

	static final List<String> FIGURES = List.of("appointments", "noShows", "newClients", "unsignedNotes", "reviews",
			"clearances");

	private final Booking booking;

	private final Sessions sessions;

	private final People people;

	private final Intake intake;

	private final Outbox outbox;

	private final Clock clock;

	DashboardController(Booking booking, Sessions sessions, People people, Intake intake, Outbox outbox, Clock clock) {
		this.booking = booking;
		this.sessions = sessions;
		this.people = people;
		this.intake = intake;
		this.outbox = outbox;
		this.clock = clock;
	}

	@GetMapping("/admin/dashboard")
	String dashboard(Actor actor, Model model) {
		actor.requireAdmin();
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		Map<String, Long> day = counts(actor, zone, today, today);
		Map<String, Long> week = counts(actor, zone, monday(today), monday(today).plusDays(6));
		List<TreatmentDecision> waiting = decisions(actor);
		model.addAttribute("today", day);
		model.addAttribute("week", week);
		model.addAttribute("reviews", waiting.stream().filter(DashboardController::waitsForReview).count());
		model.addAttribute("clearances", waiting.stream().filter((d) -> !d.missingClearances().isEmpty()).count());
		model.addAttribute("failedEmails",
				this.outbox.page(actor.clinicId().value(), MessageStatus.FAILED, 0, 1).total());
		return "frontdesk/dashboard";
	}

	@GetMapping("/admin/dashboard/{figure}")
	String list(Actor actor, @PathVariable String figure, @RequestParam(defaultValue = "today") String period,
			Model model) {
		actor.requireAdmin();
		if (!FIGURES.contains(figure)) {
			throw new NotFoundException("Figure");
		}
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		boolean week = "week".equals(period);
		LocalDate from = week ? monday(today) : today;
		LocalDate to = week ? from.plusDays(6) : today;
		model.addAttribute("figure", figure);
		model.addAttribute("period", week ? "week" : "today");
		model.addAttribute("names", this.people.therapistNames(actor.clinicId()));
		switch (figure) {
			case "appointments" -> model.addAttribute("appointments", booked(actor, from, to));
			case "noShows" -> model.addAttribute("appointments", attendance(actor, from, to, "NO_SHOW", null));
			case "unsignedNotes" -> model.addAttribute("appointments", attendance(actor, from, to, null, "DRAFT"));
			case "newClients" -> model.addAttribute("clients", newClients(actor, zone, from, to));
			default -> model.addAttribute("clients", waitingClients(actor, figure));
		}
		model.addAttribute("clientNames", clientNames(actor));
		return "frontdesk/dashboard-list";
	}

	private Map<String, Long> counts(Actor actor, ZoneId zone, LocalDate from, LocalDate to) {
		return Map.of("appointments", (long) booked(actor, from, to).size(), "noShows",
				(long) attendance(actor, from, to, "NO_SHOW", null).size(), "newClients",
				(long) newClients(actor, zone, from, to).size(), "unsignedNotes",
				(long) attendance(actor, from, to, null, "DRAFT").size());
	}

	private List<AppointmentView> booked(Actor actor, LocalDate from, LocalDate to) {
		return this.booking.list(actor, from, to, null, null).stream().filter(AppointmentView::isBooked).toList();
	}

	private List<AppointmentView> attendance(Actor actor, LocalDate from, LocalDate to, String status, String note) {
		return this.sessions.appointments(actor, from, to, null, null, status, note)
			.stream()
			.map(SessionAppointment::appointment)
			.toList();
	}

	private List<ClientProfile> newClients(Actor actor, ZoneId zone, LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		return this.people.clientsOf(actor.clinicId())
			.stream()
			.filter((client) -> this.people.registeredAt(client.id())
				.filter((at) -> !at.isBefore(start) && at.isBefore(end))
				.isPresent())
			.toList();
	}

	private List<TreatmentDecision> decisions(Actor actor) {
		Instant now = this.clock.instant();
		return this.people.clientsOf(actor.clinicId())
			.stream()
			.filter((client) -> !client.erased())
			.map((client) -> this.intake.treatmentAllowed(client.id(), now))
			.toList();
	}

	private List<ClientProfile> waitingClients(Actor actor, String figure) {
		Instant now = this.clock.instant();
		return this.people.clientsOf(actor.clinicId())
			.stream()
			.filter((client) -> !client.erased())
			.filter((client) -> {
				TreatmentDecision decision = this.intake.treatmentAllowed(client.id(), now);
				return "reviews".equals(figure) ? waitsForReview(decision) : !decision.missingClearances().isEmpty();
			})
			.toList();
	}

	private Map<dev.drift.people.ClientId, String> clientNames(Actor actor) {
		return this.people.clientsOf(actor.clinicId())
			.stream()
			.collect(java.util.stream.Collectors.toMap(ClientProfile::id, ClientProfile::name, (a, b) -> a));
	}

	static boolean waitsForReview(TreatmentDecision decision) {
		return !decision.allowed()
				&& (decision.sessionLevel() == Level.DEFER || decision.sessionLevel() == Level.URGENT);
	}

	private static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
