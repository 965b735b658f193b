package dev.drift.questionnaires;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface QuestionnaireSettingsRepository extends ListCrudRepository<QuestionnaireSettings, UUID> {

}
