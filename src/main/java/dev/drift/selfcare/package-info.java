/**
 * Self-care between sessions (issue 14): the guided foot and acupressure routine of
 * clinical rules §3 as a versioned data file ({@link dev.drift.selfcare.RoutineBook}),
 * its safety gate and the client's routine built from the latest screening
 * ({@link dev.drift.selfcare.RoutinePlanner}, pure), the log with adherence and the diary
 * night it precedes, the evening reminder, and the module's facade
 * {@link dev.drift.selfcare.SelfCare}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "people", "screening", "intake", "notify", "sleep" })
package dev.drift.selfcare;
