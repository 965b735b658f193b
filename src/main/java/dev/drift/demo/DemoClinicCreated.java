package dev.drift.demo;

import dev.drift.people.Actor;
import dev.drift.people.ClinicProfile;

/**
 * Published once the demo clinic's people are committed, so each module's demo data
 * (diary nights, intakes, appointments…) is seeded by its own listener in this package
 * ({@code Demo<Module>} classes, ordered with {@code @Order}), each in its own
 * transaction.
 *
 * @param clinic the demo clinic
 * @param admin the demo admin, to act as
 */
record DemoClinicCreated(ClinicProfile clinic, Actor admin) {
}
