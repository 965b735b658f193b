/**
 * The client's record leaving Drift (issue 12): the FHIR R4 bundle
 * ({@link dev.drift.records.FhirBundle}), the client's own data export (JSON, CSV and the
 * bundle in one ZIP), the backup commands' documentation, withdrawing consent and the
 * erasure workflow. It reads and erases other modules' data only through their facades;
 * its facade is {@link dev.drift.records.Records}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "people", "accounts", "intake", "screening", "sleep", "questionnaires",
				"booking", "plan", "waitlist", "notify", "selfcare", "sessions", "outcomes" })
package dev.drift.records;
