/**
 * The waitlist: a client waits for a service in a date range; a freed slot is held for
 * the first matching client for 30 minutes (booking's {@code HeldSlots}, implemented
 * here), offered by email, and passes on when the hold expires. One facade:
 * {@link Waitlist}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "people", "notify", "booking" })
package dev.drift.waitlist;
