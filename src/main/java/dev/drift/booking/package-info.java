/**
 * Services, availability timed to the client's bedtime, race-free appointments, emails
 * with .ics, calendar feeds, and flags on booked treatments a changed screening blocks.
 * The intake screening gate is isolated in {@link dev.drift.booking.TreatmentGate}; slots
 * another module holds come through {@link dev.drift.booking.HeldSlots}. One facade:
 * {@link dev.drift.booking.Booking}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "people", "intake", "notify" })
package dev.drift.booking;
