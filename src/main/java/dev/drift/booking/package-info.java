/**
 * Services, availability timed to the client's bedtime, race-free appointments, waitlist
 * and calendar. The intake screening gate is isolated in
 * {@link dev.drift.booking.TreatmentGate}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "people", "intake", "notify" })
package dev.drift.booking;
