package dev.drift.site;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.drift.accounts.Accounts;
import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.People;
import dev.drift.questionnaires.Questionnaires;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The landing page, the sign-in page, and each role's home page.
 */
@Controller
class HomeController {

	private final People people;

	private final Accounts accounts;

	private final Clock clock;

	private final Questionnaires questionnaires;

	private final Intake intake;

	private final Booking booking;

	HomeController(People people, Accounts accounts, Clock clock, Questionnaires questionnaires, Intake intake,
			Booking booking) {
		this.intake = intake;
		this.booking = booking;
		this.questionnaires = questionnaires;
		this.people = people;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/")
	String landing(Authentication authentication) {
		boolean signedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn ? "redirect:/home" : "landing";
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) Integer locked, Model model) {
		model.addAttribute("lockedMinutes", locked);
		return "login";
	}

	@GetMapping("/home")
	String home(Actor actor, Model model) {
		var clinic = this.people.clinic(actor.clinicId());
		model.addAttribute("clinic", clinic);
		model.addAttribute("account", this.accounts.me(actor));
		return switch (actor.role()) {
			case CLIENT -> {
				model.addAttribute("client", this.people.client(actor, actor.clientId()));
				model.addAttribute("today", LocalDate.now(this.clock.withZone(clinic.timeZone())));
				model.addAttribute("dueQuestionnaires", this.questionnaires.due(actor, actor.clientId()));
				model.addAttribute("openRechecks", this.intake.openRechecks(actor, actor.clientId()));
				model.addAttribute("intakeDone",
						this.intake.screeningInForce(actor.clientId(), this.clock.instant()).isPresent());
				model.addAttribute("nextAppointment", nextAppointment(actor, clinic.timeZone()));
				yield "home/client";
			}
			case THERAPIST -> {
				model.addAttribute("therapist",
						actor.therapistId() == null ? null : this.people.therapist(actor, actor.therapistId()));
				yield "home/therapist";
			}
			case ADMIN -> {
				model.addAttribute("therapists", this.people.therapistsOf(actor.clinicId()));
				model.addAttribute("locks", this.accounts.locks(actor));
				yield "home/admin";
			}
		};
	}

	/** The client's next booked appointment (within the bookable horizon), or null. */
	private AppointmentView nextAppointment(Actor actor, ZoneId zone) {
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		return this.booking.list(actor, today, today.plusDays(90), null, actor.clientId())
			.stream()
			.filter((a) -> a.isBooked() && a.start().toInstant().isAfter(this.clock.instant()))
			.findFirst()
			.orElse(null);
	}

}
