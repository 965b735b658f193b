/**
 * The front desk and the admin's dashboard: staff add a client (who gets an email to set
 * a password), book, move and cancel for a client through booking's own path, see the
 * client's appointment history, deactivate accounts; the dashboard's figures for today
 * and this week, each with the list behind it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people", "accounts",
		"booking", "intake", "sessions", "notify", "screening" })
package dev.drift.frontdesk;
