/**
 * Clinics (tenants, time zone, hours, settings), therapists (hours, skills, time off) and
 * clients (profile, sleep schedule, consent), plus the {@link dev.drift.people.Actor}
 * every module authorizes against.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package dev.drift.people;
