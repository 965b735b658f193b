package dev.drift.plan;

import java.util.List;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
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

	Plans(Recommender recommender, PlanMaking making, CourseBookings courses) {
		this.recommender = recommender;
		this.making = making;
		this.courses = courses;
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

}
