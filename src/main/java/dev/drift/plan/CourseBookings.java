package dev.drift.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.drift.booking.Booked;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.booking.ServiceView;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.plan.CourseBooking.Conflict;
import dev.drift.plan.CourseBooking.Session;
import dev.drift.plan.CoursePlanner.Course;
import dev.drift.plan.CoursePlanner.Proposal;
import dev.drift.plan.PlanStore.StoredPlan;
import dev.drift.questionnaires.Questionnaires;
import dev.drift.shared.DriftException;
import dev.drift.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Previews and books a plan's course through booking (its locks, overlap checks,
 * screening gate, audit and emails apply to every session). All-or-nothing books the
 * whole course in one transaction or nothing; "what fits" books each session on its own.
 * Booking the review point asks ISI and PSQI for the days before it.
 */
@Service
class CourseBookings {

	/** ISI and PSQI fall due this many days before the review session. */
	static final int QUESTIONNAIRES_DAYS_BEFORE_REVIEW = 3;

	private final PlanStore plans;

	private final PlanMaking making;

	private final CoursePlanner planner;

	private final Booking booking;

	private final People people;

	private final Questionnaires questionnaires;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CourseBookings(PlanStore plans, PlanMaking making, CoursePlanner planner, Booking booking, People people,
			Questionnaires questionnaires, TransactionTemplate transactions, Clock clock) {
		this.plans = plans;
		this.making = making;
		this.planner = planner;
		this.booking = booking;
		this.people = people;
		this.questionnaires = questionnaires;
		this.transactions = transactions;
		this.clock = clock;
	}

	CourseBooking book(Actor actor, ClientId clientId, UUID planId, CourseRequest request) {
		actor.requireStaff();
		ClientProfile client = this.people.reach(actor, clientId, request.isPreview() ? "PLAN_READ" : "PLAN_BOOKED");
		StoredPlan plan = this.making.owned(clientId, planId);
		if (plan.status() == PlanStatus.CLOSED) {
			throw new RuleViolationException("PLAN_CLOSED", "A closed plan books nothing");
		}
		if (plan.flag() != null) {
			throw new RuleViolationException("PLAN_CONTRADICTS_SCREENING",
					"Adjust the plan first: it contradicts the latest screening (" + plan.flag() + ")");
		}
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		request.requireFrom(LocalDate.now(this.clock.withZone(zone)));
		int first = this.plans.lastSession(planId, "A") + 1;
		if (first > plan.terms().courseSessions()) {
			throw new RuleViolationException("COURSE_BOOKED", "Every session of this course is booked");
		}
		return book(actor, client, plan, request, zone, Course.phaseA(plan.terms(), first));
	}

	/**
	 * Records the plan's phase-A sessions that already took place (history from before
	 * Drift; the demo): each through booking's record of a held appointment, numbered
	 * from 1, the review point marked; the plan is under way (due for review once the
	 * review session has passed).
	 */
	List<Session> recordHeld(Actor actor, ClientId clientId, UUID planId, TherapistId therapist, List<Instant> starts) {
		actor.requireAdmin();
		ClientProfile client = this.people.reach(actor, clientId, "PLAN_BOOKED");
		StoredPlan plan = this.making.owned(clientId, planId);
		ServiceView service = this.planner.service(actor, plan.terms().bookingMinutes());
		Course course = Course.phaseA(plan.terms(), 1);
		return this.transactions.execute((status) -> {
			List<Session> held = new ArrayList<>();
			for (int i = 0; i < starts.size() && i < course.dayOffsets().size(); i++) {
				int number = i + 1;
				Booked booked = this.booking.recordHeld(actor,
						new BookingRequest(client.id(), therapist, service.code(), starts.get(i), null));
				boolean review = Integer.valueOf(number).equals(course.reviewAt());
				this.plans.addSession(plan.id(), booked.appointment().id(), number, "A", review, this.clock.instant());
				held.add(new Session(booked.appointment().id(), number, booked.appointment().start(),
						booked.appointment().end(), therapist.value(), service.code(), true, review));
			}
			return afterBooking(actor, client, plan, course, held);
		});
	}

	/**
	 * Books a course of the plan (phase A from where it stands, phase B, or a return to
	 * A).
	 */
	CourseBooking book(Actor actor, ClientProfile client, StoredPlan plan, CourseRequest request, ZoneId zone,
			Course course) {
		Proposal proposal = this.planner.propose(actor, plan, request, client.id(), zone, course);
		if (request.isPreview()
				|| (request.modeOrDefault() == CourseRequest.Mode.ALL_OR_NOTHING && !proposal.conflicts().isEmpty())) {
			return new CourseBooking(false, proposal.sessions(), proposal.conflicts(), reviewAt(proposal.sessions()));
		}
		List<Session> booked = (request.modeOrDefault() == CourseRequest.Mode.ALL_OR_NOTHING)
				? this.transactions.execute((status) -> afterBooking(actor, client, plan, course,
						bookAll(actor, client, plan, course, proposal.sessions())))
				: afterBookingAlone(actor, client, plan, course, bookWhatFits(actor, client, plan, course, proposal));
		List<Conflict> conflicts = new ArrayList<>(proposal.conflicts());
		proposal.sessions()
			.stream()
			.filter((s) -> booked.stream().noneMatch((b) -> b.session() == s.session()))
			.forEach((s) -> conflicts.add(new Conflict(s.session(), "SLOT_TAKEN", List.of())));
		conflicts.sort((a, b) -> Integer.compare(a.session(), b.session()));
		return new CourseBooking(!booked.isEmpty(), booked, conflicts, reviewAt(booked));
	}

	private List<Session> bookAll(Actor actor, ClientProfile client, StoredPlan plan, Course course,
			List<Session> sessions) {
		return sessions.stream().map((session) -> bookOne(actor, client, plan, course, session)).toList();
	}

	/**
	 * Each session in its own transaction: one taken meanwhile leaves the others booked.
	 */
	private List<Session> bookWhatFits(Actor actor, ClientProfile client, StoredPlan plan, Course course,
			Proposal proposal) {
		List<Session> booked = new ArrayList<>();
		for (Session session : proposal.sessions()) {
			try {
				booked.add(this.transactions.execute((status) -> bookOne(actor, client, plan, course, session)));
			}
			catch (DriftException ex) {
				// taken since the proposal (or refused by the gate): listed as a conflict
			}
		}
		return booked;
	}

	private Session bookOne(Actor actor, ClientProfile client, StoredPlan plan, Course course, Session session) {
		Booked booked = this.booking.book(actor, new BookingRequest(client.id(), new TherapistId(session.therapistId()),
				session.service(), session.start().toInstant(), null), null);
		UUID appointment = booked.appointment().id();
		this.plans.addSession(plan.id(), appointment, session.session(), course.phase(), session.reviewPoint(),
				this.clock.instant());
		return session.booked(appointment);
	}

	private List<Session> afterBookingAlone(Actor actor, ClientProfile client, StoredPlan plan, Course course,
			List<Session> booked) {
		return this.transactions.execute((status) -> afterBooking(actor, client, plan, course, booked));
	}

	/**
	 * The plan is under way once something is booked; the review point asks for ISI and
	 * PSQI.
	 */
	private List<Session> afterBooking(Actor actor, ClientProfile client, StoredPlan plan, Course course,
			List<Session> booked) {
		if (booked.isEmpty()) {
			return booked;
		}
		if ("A".equals(course.phase()) && plan.status() != PlanStatus.ACTIVE) {
			this.plans.changeStatus(plan.id(), PlanStatus.ACTIVE, this.clock.instant());
		}
		ZonedDateTime review = reviewAt(booked);
		if (review != null) {
			this.plans.reviewAt(plan.id(), review.toInstant());
		}
		if (review != null && review.toInstant().isAfter(this.clock.instant())) {
			LocalDate today = LocalDate.now(this.clock.withZone(client.timeZone()));
			LocalDate due = review.withZoneSameInstant(client.timeZone())
				.toLocalDate()
				.minusDays(QUESTIONNAIRES_DAYS_BEFORE_REVIEW);
			this.questionnaires.requestBy(actor, client.id(), due.isBefore(today) ? today : due, "PLAN_REVIEW");
		}
		return booked;
	}

	private static ZonedDateTime reviewAt(List<Session> sessions) {
		return sessions.stream().filter(Session::reviewPoint).map(Session::start).findFirst().orElse(null);
	}

}
