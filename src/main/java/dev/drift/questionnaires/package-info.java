/**
 * The ISI and PSQI questionnaires: defined as data (questionnaires/instruments), scored
 * exactly as the sleep-measures specification says, stored, scheduled with due reminders,
 * charted; the stateless scoring API. One facade: {@link Questionnaires}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "people", "notify" })
package dev.drift.questionnaires;
