package dev.drift.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.intake.ScreeningView;
import dev.drift.intake.TreatmentDecision;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.plan.PlanStore.StoredPlan;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates plans from what Drift knows of the client (latest screening and its answers,
 * recorded clearances, booking history), keeps every change of terms as a version, and
 * never lets the terms contradict the screening.
 */
@Service
@Transactional
class PlanMaking {

	static final int MAX_REASON = 500;

	private final PlanStore store;

	private final Recommender recommender;

	private final Intake intake;

	private final Booking booking;

	private final People people;

	private final JsonMapper json;

	private final Clock clock;

	PlanMaking(PlanStore store, Recommender recommender, Intake intake, Booking booking, People people, JsonMapper json,
			Clock clock) {
		this.store = store;
		this.recommender = recommender;
		this.intake = intake;
		this.booking = booking;
		this.people = people;
		this.json = json;
		this.clock = clock;
	}

	PlanView create(Actor actor, ClientId clientId, NewPlan request) {
		actor.requireStaff();
		ClientProfile client = this.people.reach(actor, clientId, "PLAN_CREATED");
		if (Boolean.FALSE.equals(request.fromRecommendation())) {
			throw new InvalidInputException("INVALID_PLAN", "A plan starts from the recommendation", List
				.of(new FieldProblem("fromRecommendation", "UNSUPPORTED", "A plan starts from the recommendation")));
		}
		Adjustments adjustments = request.adjustments() == null ? Adjustments.NONE : request.adjustments();
		String reason = reason(request.reason(), adjustments != Adjustments.NONE, "Created from the recommendation");
		adjustments.requireSensible();
		ScreeningView screening = this.intake.latestScreening(actor, clientId)
			.orElseThrow(() -> new RuleViolationException("NO_INTAKE", "The client has no screening yet"));
		Instant now = this.clock.instant();
		boolean firstVisit = !this.booking.treatedBefore(clientId, now);
		ObjectNode input = this.json.createObjectNode();
		input.set("answers", screening.answers());
		input.put("firstVisit", firstVisit);
		input.set("clearedRules", this.json.valueToTree(clearedRules(clientId, screening, now)));
		Recommendation recommendation = this.recommender.recommend(input);
		if (recommendation.blocked()) {
			throw new RuleViolationException("PLAN_BLOCKED",
					"The screening does not allow a treatment now (" + recommendation.sessionLevel() + ")");
		}
		PlanTerms terms = PlanTerms.of(recommendation).with(adjustments);
		requireConsistent(terms, screening);
		StoredPlan plan = new StoredPlan(UUID.randomUUID(), client.clinicId().value(), clientId.value(),
				PlanStatus.DRAFT, screening.id(), screening.ruleSetVersion(), firstVisit, recommendation, terms, null,
				actor.accountId(), now, now, 1, null, null);
		this.store.insert(plan, reason);
		return view(plan.id());
	}

	PlanView adjust(Actor actor, ClientId clientId, UUID planId, Adjustments adjustments, String reason) {
		actor.requireStaff();
		this.people.reach(actor, clientId, "PLAN_CHANGED");
		StoredPlan plan = owned(clientId, planId);
		if (plan.status() == PlanStatus.CLOSED) {
			throw new RuleViolationException("PLAN_CLOSED", "A closed plan cannot change");
		}
		Adjustments changes = adjustments == null ? Adjustments.NONE : adjustments;
		changes.requireSensible();
		String why = reason(reason, true, null);
		ScreeningView screening = this.intake.latestScreening(actor, clientId)
			.orElseThrow(() -> new RuleViolationException("NO_INTAKE", "The client has no screening yet"));
		PlanTerms terms = plan.terms().with(changes);
		requireConsistent(terms, screening);
		this.store.changeTerms(plan, terms, why, actor.accountId(), this.clock.instant());
		return view(planId);
	}

	@Transactional
	List<PlanView> ofClient(Actor actor, ClientId clientId) {
		this.people.reach(actor, clientId, "PLAN_READ");
		return this.store.ofClient(clientId)
			.stream()
			.map((plan) -> plan.view(this.store.versions(plan.id()), this.clock.instant()))
			.toList();
	}

	@Transactional
	PlanView get(Actor actor, ClientId clientId, UUID planId) {
		this.people.reach(actor, clientId, "PLAN_READ");
		return owned(clientId, planId).view(this.store.versions(planId), this.clock.instant());
	}

	/** The terms of the client's newest plan that is not closed (system call). */
	@Transactional(readOnly = true)
	Optional<String> profile(ClientId clientId) {
		return profile(this.store.ofClient(clientId));
	}

	/** The profile of each client that has a plan, in one statement (system call). */
	@Transactional(readOnly = true)
	java.util.Map<UUID, String> profiles(java.util.Collection<UUID> clients) {
		java.util.Map<UUID, String> profiles = new java.util.HashMap<>();
		this.store.ofClients(clients)
			.forEach((client, plans) -> profile(plans).ifPresent((profile) -> profiles.put(client, profile)));
		return profiles;
	}

	private static Optional<String> profile(List<PlanStore.StoredPlan> plans) {
		return plans.stream()
			.filter((plan) -> plan.status() != PlanStatus.CLOSED)
			.findFirst()
			.or(() -> plans.stream().findFirst())
			.map((plan) -> plan.recommendation().profile());
	}

	Optional<PlanTerms> openTerms(ClientId clientId) {
		return this.store.openOfClient(clientId).stream().findFirst().map(StoredPlan::terms);
	}

	/** The plan, if it is this client's; anything else is the same 404. */
	StoredPlan owned(ClientId clientId, UUID planId) {
		return this.store.find(planId)
			.filter((plan) -> plan.clientId().equals(clientId.value()))
			.orElseThrow(() -> new NotFoundException("Plan"));
	}

	private PlanView view(UUID planId) {
		return this.store.find(planId).orElseThrow().view(this.store.versions(planId), this.clock.instant());
	}

	private static void requireConsistent(PlanTerms terms, ScreeningView screening) {
		List<String> broken = ScreeningLimits.contradictions(terms, screening.result());
		if (!broken.isEmpty()) {
			throw new InvalidInputException("PLAN_CONTRADICTS_SCREENING",
					"The plan contradicts the screening: " + String.join(", ", broken),
					broken.stream()
						.map((code) -> new FieldProblem("adjustments", "PLAN_CONTRADICTS_SCREENING",
								"Contradicts " + code))
						.toList());
		}
	}

	/**
	 * Gating clearances recorded and valid today: the screening's asks the gate no longer
	 * misses.
	 */
	private Set<String> clearedRules(ClientId client, ScreeningView screening, Instant now) {
		TreatmentDecision decision = this.intake.treatmentAllowed(client, now);
		Set<String> cleared = new TreeSet<>(screening.result().clearanceRules());
		decision.missingClearances().forEach(cleared::remove);
		return cleared;
	}

	private static String reason(String reason, boolean required, String fallback) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty() && !required) {
			return fallback;
		}
		if (text.isEmpty() || text.length() > MAX_REASON) {
			throw new InvalidInputException("INVALID_PLAN", "Say why the plan changes",
					List.of(new FieldProblem("reason", text.isEmpty() ? "REQUIRED" : "TOO_LONG",
							"Say why, in up to " + MAX_REASON + " characters")));
		}
		return text;
	}

}
