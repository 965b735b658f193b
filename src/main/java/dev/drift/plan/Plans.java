package dev.drift.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.TherapistId;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * The plan module's facade: the recommendation for a set of intake answers, and a
 * client's plans — created from their latest screening, adjusted in versions, never
 * contradicting the screening. Another client's or clinic's plan id answers 404; staff
 * reads are audited.
 */
@Service
public class Plans {

	private final Recommender recommender;

	private final PlanMaking making;

	private final CourseBookings courses;

	private final PlanReviews reviews;

	Plans(Recommender recommender, PlanMaking making, CourseBookings courses, PlanReviews reviews) {
		this.recommender = recommender;
		this.making = making;
		this.courses = courses;
		this.reviews = reviews;
	}

	/**
	 * Recommends a session type and course for {@code {"answers", "firstVisit",
	 * "clearedRules"?}} (staff; nothing is stored); invalid input answers
	 * {@code INVALID_ANSWERS} with every bad field.
	 */
	public Recommendation recommend(Actor actor, JsonNode input) {
		actor.requireStaff();
		return this.recommender.recommend(input);
	}

	/**
	 * A therapist creates a plan from the client's latest screening, clearances and
	 * booking history, optionally adjusted (422 {@code PLAN_CONTRADICTS_SCREENING} when
	 * an adjustment breaks the screening; 422 {@code PLAN_BLOCKED} when no treatment is
	 * allowed now).
	 */
	public PlanView create(Actor actor, ClientId client, NewPlan plan) {
		return this.making.create(actor, client, plan);
	}

	/** The client's plans, newest first (the client, or staff of their clinic). */
	public List<PlanView> plans(Actor actor, ClientId client) {
		return this.making.ofClient(actor, client);
	}

	/**
	 * What the therapist does under the client's newest open plan, if any: a session note
	 * starts from it (system call, not audited).
	 */
	public Optional<PlanTerms> termsInForce(ClientId client) {
		return this.making.openTerms(client);
	}

	/**
	 * The session profile of the client's newest open plan (else of the newest plan), if
	 * any (system call for outcomes' filters, not audited).
	 */
	public Optional<String> profileOf(ClientId client) {
		return this.making.profile(client);
	}

	/**
	 * The session profile of each client that has a plan (as {@link #profileOf}), read in
	 * one statement (system call for outcomes' read models, not audited).
	 */
	public java.util.Map<ClientId, String> profilesOf(java.util.Collection<ClientId> clients) {
		java.util.Map<ClientId, String> profiles = new java.util.HashMap<>();
		this.making.profiles(clients.stream().map(ClientId::value).toList())
			.forEach((client, profile) -> profiles.put(new ClientId(client), profile));
		return profiles;
	}

	public PlanView plan(Actor actor, ClientId client, UUID planId) {
		return this.making.get(actor, client, planId);
	}

	/** A new version of the plan's terms, with the reason (staff). */
	public PlanView adjust(Actor actor, ClientId client, UUID planId, Adjustments adjustments, String reason) {
		return this.making.adjust(actor, client, planId, adjustments, reason);
	}

	/**
	 * Previews or books the plan's course from a date (staff): sessions in the client's
	 * sleep window, same weekday, time and therapist where possible; conflicts with the
	 * nearest alternatives; all-or-nothing by default.
	 */
	public CourseBooking bookCourse(Actor actor, ClientId client, UUID planId, CourseRequest request) {
		return this.courses.book(actor, client, planId, request);
	}

	/**
	 * The review's figures (staff): baseline against now from the diary and
	 * questionnaires, sessions held, Drift's suggestion and relapse in maintenance.
	 */
	public PlanReview review(Actor actor, ClientId client, UUID planId) {
		return this.reviews.figures(actor, client, planId);
	}

	/**
	 * The therapist's decision: improved books phase B, not improved closes the plan with
	 * signpost S04, a relapse returns to phase A for 2–4 weeks. A decision against
	 * Drift's suggestion needs a reason.
	 */
	public ReviewResult decideReview(Actor actor, ClientId client, UUID planId, ReviewDecision decision) {
		return this.reviews.decide(actor, client, planId, decision);
	}

	/**
	 * Records phase-A sessions that already took place (history from before Drift; the
	 * demo), admin only: the plan is under way and due for review once its review session
	 * has passed.
	 */
	public List<CourseBooking.Session> recordHeldSessions(Actor actor, ClientId client, UUID planId,
			TherapistId therapist, List<Instant> starts) {
		return this.courses.recordHeld(actor, client, planId, therapist, starts);
	}

}
