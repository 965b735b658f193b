package dev.drift.questionnaires;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface QuestionnaireResponseRepository extends ListCrudRepository<QuestionnaireResponse, UUID> {

	List<QuestionnaireResponse> findByClinicIdAndClientIdOrderByCompletedAtAscIdAsc(UUID clinicId, UUID clientId);

	List<QuestionnaireResponse> findByClinicIdAndClientIdInOrderByCompletedAtAscIdAsc(UUID clinicId,
			Collection<UUID> clientIds);

}
