/**
 * Health-history intake: the form and its drafts, stored screenings, clearances and
 * overrides, the booking gate, the per-visit re-check and the staff pages. The rules it
 * screens with live in {@code screening}. The public facade is
 * {@link dev.drift.intake.Intake}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people", "screening" })
package dev.drift.intake;
