package dev.drift.booking;

import java.time.ZonedDateTime;

import dev.drift.people.TherapistId;

/**
 * A free start time of one therapist, in the clinic's zone.
 */
record Slot(TherapistId therapistId, ZonedDateTime start, ZonedDateTime end) {
}
