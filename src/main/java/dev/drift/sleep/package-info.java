/**
 * Sleep measurement: the Consensus Sleep Diary (nightly metrics, summaries, the stored
 * diary, morning reminders) and the ISI and PSQI questionnaires (defined as data, scored
 * exactly as the sleep-measures specification says), their schedule and history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people", "notify" })
package dev.drift.sleep;
