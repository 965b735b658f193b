/**
 * The demo clinic, created when the database is empty at start ({@code drift.demo}):
 * clinic, staff and clients first ({@link dev.drift.demo.DemoClinic}, which publishes
 * {@link dev.drift.demo.DemoClinicCreated}), then each module's part seeded through that
 * module's facade only: intakes, diary nights, questionnaires, appointments, a waitlist
 * entry, treatment plans and session notes. {@link dev.drift.demo.NothingToFlag} is the
 * one "nothing to flag" answers file, shared with the tests.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people", "accounts", "intake",
		"booking", "waitlist", "sleep", "questionnaires", "plan", "sessions", "screening", "selfcare", "outcomes" })
package dev.drift.demo;
