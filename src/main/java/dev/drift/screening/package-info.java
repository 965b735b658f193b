/**
 * Screening for contraindications: the questionnaire as data, answer validation, the rule
 * engine and its policies (plain Java, no Spring:
 * {@link dev.drift.screening.Questionnaire},
 * {@link dev.drift.screening.ScreeningEngine}), and the clinic's rule-set versions with
 * their sign-off ({@link dev.drift.screening.RuleSets}, the module's facade).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people" })
package dev.drift.screening;
