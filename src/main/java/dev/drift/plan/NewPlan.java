package dev.drift.plan;

/**
 * A therapist's request to create a plan from the client's latest screening.
 *
 * @param fromRecommendation the plan starts from the recommendation (the only start Drift
 * offers; {@code null} means {@code true})
 * @param adjustments changes to the recommendation, or {@code null}
 * @param reason why (required when there are adjustments)
 */
public record NewPlan(Boolean fromRecommendation, Adjustments adjustments, String reason) {

	public static NewPlan asRecommended() {
		return new NewPlan(true, null, null);
	}

}
