package dev.drift.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ClientRepository extends ListCrudRepository<Client, UUID> {

	Optional<Client> findByClinicIdAndEmail(UUID clinicId, String email);

	List<Client> findByClinicId(UUID clinicId);

}
