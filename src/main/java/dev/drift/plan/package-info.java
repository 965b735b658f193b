/**
 * Treatment plans (issue 9): the recommendation by profile as a pure function
 * ({@link dev.drift.plan.Recommender}, spec {@code plan-recommendation.md}), the §2.4
 * timing window ({@link dev.drift.plan.SessionWindow}), and the module's facade
 * {@link dev.drift.plan.Plans}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "people", "screening", "intake", "booking", "questionnaires", "sleep" })
package dev.drift.plan;
