/**
 * Session records (issue 10): attendance of a started appointment, the SOAP note shaped
 * for sleep-focused massage (prefilled from the plan and the screening in force at the
 * appointment, never contradicting that screening), drift-off, sign and lock, append-only
 * addenda, the therapist's day and the client's session summaries. One facade:
 * {@link dev.drift.sessions.Sessions}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people", "screening",
		"intake", "booking", "plan", "sleep", "selfcare" })
package dev.drift.sessions;
