/**
 * Sleep measurement: the sleep diary, the ISI and PSQI questionnaires (defined as data,
 * scored exactly as the sleep-measures specification says), their schedule and history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people", "notify" })
package dev.drift.sleep;
