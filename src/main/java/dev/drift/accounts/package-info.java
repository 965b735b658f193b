/**
 * Sign-in accounts and roles, sign-up, staff accounts, personal API tokens, and sign-in
 * throttling.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people", "notify" })
package dev.drift.accounts;
