/**
 * Health-history intake and screening: the questionnaire as data, the contraindication
 * rule engine, rule-set versions with sign-off, clearances and overrides, the booking
 * gate and the per-visit re-check. The public facade is {@link dev.drift.intake.Intake};
 * the engine ({@link dev.drift.intake.Questionnaire},
 * {@link dev.drift.intake.ScreeningEngine}) is plain Java usable without Spring.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people" })
package dev.drift.intake;
