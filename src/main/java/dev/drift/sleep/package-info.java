/**
 * Sleep measurement: the Consensus Sleep Diary (nightly metrics, summaries, the stored
 * diary) and the sleep questionnaires.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people" })
package dev.drift.sleep;
