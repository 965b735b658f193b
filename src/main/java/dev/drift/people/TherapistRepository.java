package dev.drift.people;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface TherapistRepository extends ListCrudRepository<Therapist, UUID> {

	List<Therapist> findByClinicIdOrderByName(UUID clinicId);

}
