/**
 * The audit trail: who read or changed which client's data, when, and with what outcome —
 * never the content.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.drift.audit;
