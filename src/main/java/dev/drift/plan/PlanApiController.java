package dev.drift.plan;

import java.util.List;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.shared.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans over the API.
 */
@RestController
class PlanApiController {

	private final Plans plans;

	PlanApiController(Plans plans) {
		this.plans = plans;
	}

	/**
	 * The body is a plan scenario's {@code input}; the answer has the 18 output fields.
	 */
	@Operation(summary = "Recommend a treatment plan from screening and sleep inputs")
	@PostMapping("/api/v1/plans/recommend")
	Recommendation recommend(Actor actor, @RequestBody JsonNode input) {
		return this.plans.recommend(actor, input);
	}

	@Operation(summary = "Create a treatment plan for a client")
	@ProblemCodes(status = 422, value = { "INVALID_PLAN", "NO_INTAKE", "PLAN_BLOCKED", "PLAN_CONTRADICTS_SCREENING" })
	@PostMapping("/api/v1/clients/{clientId}/plans")
	@ResponseStatus(HttpStatus.CREATED)
	PlanView create(Actor actor, @PathVariable UUID clientId, @RequestBody NewPlan plan) {
		return this.plans.create(actor, new ClientId(clientId), plan);
	}

	@Operation(summary = "List a client's treatment plans")
	@GetMapping("/api/v1/clients/{clientId}/plans")
	List<PlanView> list(Actor actor, @PathVariable UUID clientId) {
		return this.plans.plans(actor, new ClientId(clientId));
	}

	@Operation(summary = "Get one treatment plan")
	@GetMapping("/api/v1/clients/{clientId}/plans/{planId}")
	PlanView get(Actor actor, @PathVariable UUID clientId, @PathVariable UUID planId) {
		return this.plans.plan(actor, new ClientId(clientId), planId);
	}

	@Operation(summary = "Adjust a treatment plan (a new version)")
	@ProblemCodes(status = 422, value = { "INVALID_PLAN", "PLAN_CLOSED", "PLAN_CONTRADICTS_SCREENING" })
	@PostMapping("/api/v1/clients/{clientId}/plans/{planId}/adjustments")
	PlanView adjust(Actor actor, @PathVariable UUID clientId, @PathVariable UUID planId,
			@RequestBody AdjustRequest request) {
		return this.plans.adjust(actor, new ClientId(clientId), planId, request.adjustments(), request.reason());
	}

	@Operation(summary = "Book a plan's course of sessions")
	@ProblemCodes(status = 409, value = { "SLOT_TAKEN" })
	@ProblemCodes(status = 422, value = { "NO_SERVICE_FOR_LENGTH", "SKILL_REQUIRED", "COURSE_BOOKED", "PLAN_CLOSED" })
	@PostMapping("/api/v1/clients/{clientId}/plans/{planId}/book")
	CourseBooking book(Actor actor, @PathVariable UUID clientId, @PathVariable UUID planId,
			@RequestBody CourseRequest request) {
		return this.plans.bookCourse(actor, new ClientId(clientId), planId, request);
	}

	@Operation(summary = "Get a plan's progress review")
	@GetMapping("/api/v1/clients/{clientId}/plans/{planId}/review")
	PlanReview review(Actor actor, @PathVariable UUID clientId, @PathVariable UUID planId) {
		return this.plans.review(actor, new ClientId(clientId), planId);
	}

	@Operation(summary = "Record the decision of a plan review")
	@ProblemCodes(status = 422, value = { "REVIEW_NOT_DUE", "PLAN_CLOSED", "REASON_REQUIRED" })
	@PostMapping("/api/v1/clients/{clientId}/plans/{planId}/review")
	ReviewResult decide(Actor actor, @PathVariable UUID clientId, @PathVariable UUID planId,
			@RequestBody ReviewDecision decision) {
		return this.plans.decideReview(actor, new ClientId(clientId), planId, decision);
	}

	record AdjustRequest(Adjustments adjustments, String reason) {
	}

}
