package dev.drift.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.drift.accounts.Accounts;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.People;
import dev.drift.people.Skill;
import dev.drift.people.TherapistId;
import dev.drift.people.TherapistProfile;
import dev.drift.plan.CourseBooking;
import dev.drift.plan.CourseRequest;
import dev.drift.plan.NewPlan;
import dev.drift.plan.PlanReview;
import dev.drift.plan.PlanReview.Outcome;
import dev.drift.plan.PlanView;
import dev.drift.plan.Plans;
import dev.drift.plan.ReviewDecision;
import dev.drift.shared.DriftException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo plans in different states, through the plan module's facade: two clients whose
 * weekly course took place over the demo diary's treatment weeks (the sessions recorded
 * as held, the review point last week) and were reviewed — one improved and moved to
 * maintenance with phase B booked, one not (signpost S04); a pregnant client on a
 * prenatal plan with the prenatal therapist; and an evening-shift worker whose course is
 * booked around their shifts. The other clients, {@code client@demo.drift} among them,
 * have no plan yet: a therapist can make one in the demo.
 */
@Component
class DemoPlans {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private final Plans plans;

	private final Accounts accounts;

	private final People people;

	private final Clock clock;

	DemoPlans(Plans plans, Accounts accounts, People people, Clock clock) {
		this.plans = plans;
		this.accounts = accounts;
		this.people = people;
		this.clock = clock;
	}

	@EventListener
	@Order(40)
	void seed(DemoClinicCreated created) {
		Actor admin = created.admin();
		ZoneId zone = created.clinic().timeZone();
		TherapistId maya = therapistWith(admin, Skill.PRENATAL);
		int plans = 0;
		plans += reviewed(admin, zone, "client10@demo.drift", maya, LocalTime.of(18, 30), Outcome.IMPROVED);
		plans += reviewed(admin, zone, "client3@demo.drift", maya, LocalTime.of(15, 45), Outcome.NOT_IMPROVED);
		plans += booked(admin, zone, "client5@demo.drift");
		plans += booked(admin, zone, "client4@demo.drift");
		log.info("Demo plans: {}", plans);
	}

	/**
	 * A course held over the diary's treatment weeks, reviewed last week's session on.
	 */
	private int reviewed(Actor admin, ZoneId zone, String email, TherapistId therapist, LocalTime at, Outcome wanted) {
		ClientId client = client(email);
		try {
			PlanView plan = this.plans.create(admin, client, NewPlan.asRecommended());
			this.plans.recordHeldSessions(admin, client, plan.id(), therapist, heldStarts(zone, at));
			PlanReview review = this.plans.review(admin, client, plan.id());
			String reason = (wanted == review.suggestion()) ? null
					: "Demo: decided from the diary and the conversation at the review";
			if (reason != null) {
				log.info("Demo review for {}: Drift suggests {}, the demo decides {}", email, review.suggestion(),
						wanted);
			}
			this.plans.decideReview(admin, client, plan.id(),
					new ReviewDecision(wanted, reason, null, null, CourseRequest.Mode.WHAT_FITS));
			return 1;
		}
		catch (DriftException ex) {
			log.info("Demo plan for {} not made: {}", email, ex.code());
			return 0;
		}
	}

	/** A plan whose weekly course is booked from next week, what fits. */
	private int booked(Actor admin, ZoneId zone, String email) {
		ClientId client = client(email);
		try {
			PlanView plan = this.plans.create(admin, client, NewPlan.asRecommended());
			CourseBooking course = this.plans.bookCourse(admin, client, plan.id(), new CourseRequest(
					LocalDate.now(this.clock.withZone(zone)).plusDays(7), null, CourseRequest.Mode.WHAT_FITS, false));
			log.info("Demo course for {}: {} sessions booked, {} not fitting", email, course.appointments().size(),
					course.conflicts().size());
			return 1;
		}
		catch (DriftException ex) {
			log.info("Demo plan for {} not made: {}", email, ex.code());
			return 0;
		}
	}

	/**
	 * Six weekly starts, the first on the weekday of the diary's first session (moved to
	 * Tuesday if it falls on a weekend), the last one a week ago.
	 */
	private List<Instant> heldStarts(ZoneId zone, LocalTime at) {
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		LocalDate first = today.minusWeeks(6);
		if (first.getDayOfWeek() == DayOfWeek.SATURDAY || first.getDayOfWeek() == DayOfWeek.SUNDAY
				|| first.getDayOfWeek() == DayOfWeek.FRIDAY) {
			first = first.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY));
		}
		List<Instant> starts = new ArrayList<>();
		for (int week = 0; week < 6; week++) {
			starts.add(ZonedDateTime.of(first.plusWeeks(week), at, zone).toInstant());
		}
		return starts;
	}

	private TherapistId therapistWith(Actor admin, Skill skill) {
		return this.people.therapistsOf(admin.clinicId())
			.stream()
			.filter((t) -> t.skills().contains(skill))
			.map(TherapistProfile::id)
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException("No demo therapist with " + skill.name().toLowerCase(Locale.ROOT)));
	}

	private ClientId client(String email) {
		return this.accounts.findByEmail(email).orElseThrow().clientId();
	}

}
