package dev.drift.plan;

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
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.People;
import dev.drift.plan.PlanReview.Outcome;
import dev.drift.screening.Pressure;
import dev.drift.shared.DriftException;
import dev.drift.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plan pages. Staff: a client's plans, one plan (why, terms, versions, adjust, preview
 * and book the course) and its review. Client: "My plan" — what and why in plain words,
 * the next sessions, the review date and what to do at home.
 */
@Controller
class PlanPagesController {

	private final Plans plans;

	private final People people;

	private final Booking booking;

	private final Clock clock;

	PlanPagesController(Plans plans, People people, Booking booking, Clock clock) {
		this.plans = plans;
		this.people = people;
		this.booking = booking;
		this.clock = clock;
	}

	@GetMapping("/clients/{id}/plans")
	String list(Actor actor, @PathVariable UUID id, Model model) {
		actor.requireStaff();
		ClientId client = new ClientId(id);
		model.addAttribute("client", this.people.client(actor, client));
		model.addAttribute("plans", this.plans.plans(actor, client));
		return "plan/plans";
	}

	@PostMapping("/clients/{id}/plans")
	String create(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			PlanView plan = this.plans.create(actor, new ClientId(id), NewPlan.asRecommended());
			redirect.addFlashAttribute("notice", "plan.created");
			return "redirect:/clients/" + id + "/plans/" + plan.id();
		}
		catch (DriftException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/clients/" + id + "/plans";
		}
	}

	@GetMapping("/clients/{id}/plans/{planId}")
	String show(Actor actor, @PathVariable UUID id, @PathVariable UUID planId, Model model) {
		PlanView plan = this.plans.plan(actor, new ClientId(id), planId);
		return page(actor, id, plan, AdjustForm.of(plan.terms()), model);
	}

	@PostMapping("/clients/{id}/plans/{planId}/adjust")
	String adjust(Actor actor, @PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute AdjustForm form,
			Model model, RedirectAttributes redirect) {
		try {
			this.plans.adjust(actor, new ClientId(id), planId, form.adjustments(), form.reason());
			redirect.addFlashAttribute("notice", "plan.adjusted");
			return "redirect:/clients/" + id + "/plans/" + planId;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("problems", ex.problems());
			return page(actor, id, this.plans.plan(actor, new ClientId(id), planId), form, model);
		}
	}

	@PostMapping("/clients/{id}/plans/{planId}/book")
	String book(Actor actor, @PathVariable UUID id, @PathVariable UUID planId, @RequestParam LocalDate from,
			@RequestParam(required = false) UUID therapistId,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") String mode,
			@RequestParam(defaultValue = "preview") String action, Model model) {
		ClientId client = new ClientId(id);
		try {
			CourseBooking course = this.plans.bookCourse(actor, client, planId,
					new CourseRequest(from, therapistId, CourseRequest.Mode.valueOf(mode), !"book".equals(action)));
			model.addAttribute("course", course);
			model.addAttribute("preview", !"book".equals(action));
		}
		catch (DriftException | IllegalArgumentException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		model.addAttribute("courseFrom", from);
		PlanView plan = this.plans.plan(actor, client, planId);
		return page(actor, id, plan, AdjustForm.of(plan.terms()), model);
	}

	@GetMapping("/clients/{id}/plans/{planId}/review")
	String review(Actor actor, @PathVariable UUID id, @PathVariable UUID planId, Model model) {
		ClientId client = new ClientId(id);
		model.addAttribute("client", this.people.client(actor, client));
		model.addAttribute("plan", this.plans.plan(actor, client, planId));
		model.addAttribute("review", this.plans.review(actor, client, planId));
		return "plan/review";
	}

	@PostMapping("/clients/{id}/plans/{planId}/review")
	String decide(Actor actor, @PathVariable UUID id, @PathVariable UUID planId,
			@RequestParam(required = false) Outcome decision, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer weeks, Model model, RedirectAttributes redirect) {
		try {
			ReviewResult result = this.plans.decideReview(actor, new ClientId(id), planId,
					new ReviewDecision(decision, reason, null, weeks, CourseRequest.Mode.WHAT_FITS));
			redirect.addFlashAttribute("notice", "plan.review.decided");
			redirect.addFlashAttribute("course", result.course());
			return "redirect:/clients/" + id + "/plans/" + planId;
		}
		catch (DriftException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("reason", reason);
			return review(actor, id, planId, model);
		}
	}

	@GetMapping("/me/plan")
	String mine(Actor actor, Model model) {
		ClientId client = actor.clientId();
		List<PlanView> all = this.plans.plans(actor, client);
		PlanView plan = all.stream()
			.filter((p) -> p.status() != PlanStatus.CLOSED)
			.findFirst()
			.orElse(all.isEmpty() ? null : all.getFirst());
		model.addAttribute("plan", plan);
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		List<AppointmentView> next = this.booking.list(actor, today, today.plusDays(90), null, client)
			.stream()
			.filter(AppointmentView::isBooked)
			.filter((a) -> !a.online() && a.start().toInstant().isAfter(this.clock.instant()))
			.sorted(Comparator.comparing(AppointmentView::start))
			.limit(6)
			.toList();
		model.addAttribute("next", next);
		model.addAttribute("zone", zone);
		return "plan/mine";
	}

	private String page(Actor actor, UUID id, PlanView plan, AdjustForm form, Model model) {
		actor.requireStaff();
		ClientId client = new ClientId(id);
		model.addAttribute("client", this.people.client(actor, client));
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("pressures", List.of(Pressure.P1, Pressure.P2, Pressure.P3, Pressure.P4, Pressure.P5));
		model.addAttribute("techniques", Technique.values());
		Map<UUID, String> therapists = new LinkedHashMap<>();
		this.people.therapistNames(actor.clinicId())
			.forEach((therapist, name) -> therapists.put(therapist.value(), name));
		model.addAttribute("therapists", therapists);
		if (!model.containsAttribute("courseFrom")) {
			model.addAttribute("courseFrom",
					LocalDate.now(this.clock.withZone(this.people.clinic(actor.clinicId()).timeZone())).plusDays(1));
		}
		return "plan/plan";
	}

}
