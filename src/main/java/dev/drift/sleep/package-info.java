/**
 * The Consensus Sleep Diary: nightly metrics and validation, baseline and weekly
 * summaries, the stored diary with its phone page and the sleep page (which shows the
 * questionnaires' history beside the diary), morning reminders.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "people", "notify", "questionnaires" })
package dev.drift.sleep;
