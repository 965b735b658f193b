package dev.drift.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.plan.CoursePlanner.Course;
import dev.drift.plan.PlanReview.Outcome;
import dev.drift.plan.PlanStore.BookedSession;
import dev.drift.plan.PlanStore.StoredPlan;
import dev.drift.questionnaires.IsiChange;
import dev.drift.questionnaires.QuestionnaireHistory;
import dev.drift.questionnaires.QuestionnaireResult;
import dev.drift.questionnaires.Questionnaires;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.RuleViolationException;
import dev.drift.sleep.SleepDiary;
import dev.drift.sleep.SleepSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review at the end of phase A, and later in maintenance: the figures from the
 * client's diary and questionnaires (computed by the sleep and questionnaire modules,
 * never here), Drift's suggestion by {@link PlanReview#RULE}, and the therapist's
 * decision — phase B booked, signpost S04 with the plan closed, or a return to phase A
 * after a relapse.
 */
@Service
class PlanReviews {

	static final int DEFAULT_RETURN_WEEKS = 3;

	static final int PHASE_B_AFTER_REVIEW_DAYS = 14;

	private final PlanStore plans;

	private final PlanMaking making;

	private final CourseBookings courses;

	private final SleepDiary diary;

	private final Questionnaires questionnaires;

	private final Booking booking;

	private final People people;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PlanReviews(PlanStore plans, PlanMaking making, CourseBookings courses, SleepDiary diary,
			Questionnaires questionnaires, Booking booking, People people, TransactionTemplate transactions,
			Clock clock) {
		this.plans = plans;
		this.making = making;
		this.courses = courses;
		this.diary = diary;
		this.questionnaires = questionnaires;
		this.booking = booking;
		this.people = people;
		this.transactions = transactions;
		this.clock = clock;
	}

	PlanReview figures(Actor actor, ClientId clientId, UUID planId) {
		actor.requireStaff();
		this.people.reach(actor, clientId, "PLAN_READ");
		return figures(actor, clientId, this.making.owned(clientId, planId));
	}

	ReviewResult decide(Actor actor, ClientId clientId, UUID planId, ReviewDecision decision) {
		actor.requireStaff();
		ClientProfile client = this.people.reach(actor, clientId, "PLAN_REVIEWED");
		StoredPlan plan = this.making.owned(clientId, planId);
		PlanReview review = figures(actor, clientId, plan);
		Outcome outcome = requireDecision(decision, review);
		Instant now = this.clock.instant();
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		this.transactions.executeWithoutResult((status) -> {
			this.plans.insertReview(plan.id(), review, decision, actor.accountId(), now);
			switch (outcome) {
				case IMPROVED -> this.plans.changeStatus(plan.id(), PlanStatus.MAINTENANCE, now);
				case NOT_IMPROVED -> {
					this.plans.changeStatus(plan.id(), PlanStatus.CLOSED, now);
					this.plans.signpost(plan.id(), "S04");
				}
				case RETURN_TO_A -> {
					this.plans.changeStatus(plan.id(), PlanStatus.ACTIVE, now);
					this.plans.reviewAt(plan.id(), null);
					cancelPhaseB(actor, plan, now);
				}
			}
		});
		CourseBooking course = switch (outcome) {
			case IMPROVED -> {
				LocalDate from = decision.from() != null ? decision.from() : phaseBStart(plan, zone, today);
				yield this.courses.book(actor, client, reloaded(plan), request(from, decision), zone,
						Course.phaseB(this.plans.lastSession(plan.id(), "B") + 1));
			}
			case RETURN_TO_A -> {
				int weeks = decision.weeks() == null ? DEFAULT_RETURN_WEEKS : decision.weeks();
				LocalDate from = decision.from() != null ? decision.from() : today.plusDays(1);
				yield this.courses.book(actor, client, reloaded(plan), request(from, decision), zone,
						Course.returnToA(this.plans.lastSession(plan.id(), "A") + 1, weeks));
			}
			case NOT_IMPROVED -> null;
		};
		return new ReviewResult(this.making.get(actor, clientId, planId), course);
	}

	/**
	 * Back to phase A: maintenance sessions still ahead are cancelled, with the reason.
	 */
	private void cancelPhaseB(Actor actor, StoredPlan plan, Instant now) {
		this.plans.sessions(plan.id())
			.stream()
			.filter((session) -> "B".equals(session.phase()))
			.map((session) -> this.booking.get(actor, session.appointmentId()))
			.filter((appointment) -> appointment.isBooked() && appointment.start().toInstant().isAfter(now))
			.forEach((appointment) -> this.booking.cancel(actor, appointment.id(),
					"Back to weekly sessions (phase A) after the review"));
	}

	private PlanReview figures(Actor actor, ClientId clientId, StoredPlan plan) {
		Instant now = this.clock.instant();
		List<AppointmentView> sessions = this.plans.sessions(plan.id())
			.stream()
			.map(BookedSession::appointmentId)
			.map((id) -> this.booking.get(actor, id))
			.filter(AppointmentView::isBooked)
			.toList();
		int held = (int) sessions.stream().filter((a) -> !a.start().toInstant().isAfter(now)).count();
		SleepSummary sleep = this.diary.summary(actor, clientId, null);
		QuestionnaireHistory history = this.questionnaires.history(actor, clientId);
		IsiChange isi = history.isi().size() < 2 ? null : history.isi().getLast().change();
		Integer psqiBaseline = history.psqi().isEmpty() ? null : history.psqi().getFirst().total();
		Integer psqiLatest = history.psqi().size() < 2 ? null : history.psqi().getLast().total();
		Integer psqiReduction = (psqiBaseline == null || psqiLatest == null) ? null : psqiBaseline - psqiLatest;
		boolean improved = (isi != null) ? isi.reduction() >= PlanReview.ISI_MID
				: psqiReduction != null && psqiReduction >= PlanReview.PSQI_MEANINGFUL;
		PlanStatus status = plan.statusAt(now);
		boolean relapse = status == PlanStatus.MAINTENANCE && relapsed(plan, history);
		Outcome suggestion = switch (status) {
			case REVIEW_DUE -> improved ? Outcome.IMPROVED : Outcome.NOT_IMPROVED;
			case MAINTENANCE -> relapse ? Outcome.RETURN_TO_A : null;
			default -> null;
		};
		SleepSummary.Week latest = sleep.latestWeek();
		return new PlanReview(plan.id(), status, plan.reviewAt(), sessions.size(), held, sleep.baseline(),
				latest == null ? null : latest.window(), latest == null ? null : latest.changeFromBaseline(), isi,
				psqiBaseline, psqiLatest, psqiReduction, improved, relapse, suggestion, PlanReview.RULE);
	}

	/** ISI back up by the MID since the review, or back in the category it started in. */
	private boolean relapsed(StoredPlan plan, QuestionnaireHistory history) {
		if (history.isi().size() < 2) {
			return false;
		}
		QuestionnaireResult latest = history.isi().getLast();
		Optional<Integer> atReview = this.plans.isiAtImprovement(plan.id());
		boolean backUp = atReview.isPresent() && latest.total() - atReview.get() >= PlanReview.ISI_MID;
		IsiChange change = latest.change();
		return backUp || (change != null && change.followUpCategory() == change.baselineCategory());
	}

	private static Outcome requireDecision(ReviewDecision decision, PlanReview review) {
		if (decision == null || decision.decision() == null) {
			throw new InvalidInputException("VALIDATION_FAILED", "Choose a decision",
					List.of(new FieldProblem("decision", "REQUIRED", "IMPROVED, NOT_IMPROVED or RETURN_TO_A")));
		}
		Outcome outcome = decision.decision();
		boolean allowed = switch (outcome) {
			case IMPROVED, NOT_IMPROVED -> review.status() == PlanStatus.REVIEW_DUE;
			case RETURN_TO_A -> review.status() == PlanStatus.MAINTENANCE;
		};
		if (!allowed) {
			throw new RuleViolationException("REVIEW_NOT_DUE",
					"This plan is " + review.status() + ": " + outcome + " is not a decision it can take now");
		}
		if (outcome != review.suggestion() && (decision.reason() == null || decision.reason().isBlank())) {
			throw new InvalidInputException("REASON_REQUIRED",
					"Drift suggests " + review.suggestion() + ": say why you decide otherwise",
					List.of(new FieldProblem("reason", "REQUIRED", "Say why you decide otherwise")));
		}
		if (decision.reason() != null && decision.reason().length() > PlanMaking.MAX_REASON) {
			throw new InvalidInputException("VALIDATION_FAILED", "The reason is too long",
					List.of(new FieldProblem("reason", "TOO_LONG", "Up to 500 characters")));
		}
		if (decision.weeks() != null && (decision.weeks() < 2 || decision.weeks() > 4)) {
			throw new InvalidInputException("VALIDATION_FAILED", "Return to phase A for 2 to 4 weeks",
					List.of(new FieldProblem("weeks", "OUT_OF_RANGE", "2 to 4 weeks")));
		}
		return outcome;
	}

	private LocalDate phaseBStart(StoredPlan plan, ZoneId zone, LocalDate today) {
		LocalDate after = plan.reviewAt() == null ? today
				: plan.reviewAt().atZone(zone).toLocalDate().plusDays(PHASE_B_AFTER_REVIEW_DAYS);
		return after.isBefore(today) ? today : after;
	}

	private StoredPlan reloaded(StoredPlan plan) {
		return this.plans.find(plan.id()).orElseThrow();
	}

	private static CourseRequest request(LocalDate from, ReviewDecision decision) {
		return new CourseRequest(from, null, decision.mode(), false);
	}

}
