/**
 * Sleep measurement: the Consensus Sleep Diary (nightly metrics, summaries, the stored
 * diary) and the sleep questionnaires.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people", "notify" })
package dev.drift.sleep;
