package dev.drift.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface IntakeDraftRepository extends ListCrudRepository<IntakeDraft, UUID> {

	Optional<IntakeDraft> findByClientId(UUID clientId);

	void deleteByClientId(UUID clientId);

}
