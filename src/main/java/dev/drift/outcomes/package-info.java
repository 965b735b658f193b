/**
 * Outcomes (issue 18): read models over the diary, scores, sessions, plans and self-care
 * routines, kept up to date by listeners on those modules' events and rebuilt per clinic
 * on demand; a client's progress, clinic analytics by technique, length, timing,
 * drift-off, sessions and adherence (small groups suppressed), and the clinic's cited
 * claims beside its own figures. Diary metrics and windows come from the sleep module
 * ({@link dev.drift.sleep.SummaryRules}); nothing here re-implements them. One facade:
 * {@link dev.drift.outcomes.Outcomes}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "people", "accounts", "screening", "intake", "sleep",
				"questionnaires", "booking", "waitlist", "plan", "sessions", "selfcare", "notify" })
package dev.drift.outcomes;
