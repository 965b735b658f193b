package dev.drift.people;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Therapist aggregates, one at a time (with their hours and time off). A clinic's whole
 * list is read by {@link Therapists#of} in three statements.
 */
interface TherapistRepository extends ListCrudRepository<Therapist, UUID> {

}
