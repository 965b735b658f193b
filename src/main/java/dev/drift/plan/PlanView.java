package dev.drift.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.drift.people.ClientId;

/**
 * A plan as pages, the API and other modules see it.
 *
 * @param recommendation what the recommendation said when the plan was created
 * @param terms what is in force now (the recommendation as adjusted)
 * @param screeningId the screening the plan was made from
 * @param flag why the plan contradicts a newer screening, or {@code null}
 * @param reviewAt when the review session starts, once booked
 * @param signpost a signpost the review gave ({@code S04}: talk to your GP about CBT-I),
 * or {@code null}
 * @param versions every version of the terms, newest first
 */
public record PlanView(UUID id, ClientId clientId, PlanStatus status, Recommendation recommendation, PlanTerms terms,
		UUID screeningId, String ruleSetVersion, boolean firstVisit, String flag, Instant reviewAt, String signpost,
		Instant createdAt, Instant changedAt, List<PlanVersion> versions) {

	public PlanView {
		versions = List.copyOf(versions);
	}

	/** One version of a plan's terms: who changed them, when and why. */
	public record PlanVersion(int number, PlanTerms terms, String reason, UUID changedBy, Instant changedAt) {
	}

}
