/**
 * Outgoing messages: an email outbox written in the caller's transaction and delivered by
 * a scheduler that is safe on several instances (and later other channels). Knows clinics
 * only by id; the admin page lives in {@code site}, which resolves the actor.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package dev.drift.notify;
