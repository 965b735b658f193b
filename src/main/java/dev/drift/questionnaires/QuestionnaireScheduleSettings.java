package dev.drift.questionnaires;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClinicId;

import org.springframework.stereotype.Component;

/**
 * The clinic's questionnaire schedule: defaults until an admin changes it.
 */
@Component
class QuestionnaireScheduleSettings {

	private final QuestionnaireSettingsRepository settings;

	private final AuditLog audit;

	QuestionnaireScheduleSettings(QuestionnaireSettingsRepository settings, AuditLog audit) {
		this.settings = settings;
		this.audit = audit;
	}

	QuestionnaireSchedule schedule(ClinicId clinic) {
		return this.settings.findById(clinic.value())
			.map(QuestionnaireSettings::schedule)
			.orElseGet(QuestionnaireSchedule::defaults);
	}

	QuestionnaireSchedule change(Actor actor, QuestionnaireSchedule schedule) {
		actor.requireAdmin();
		QuestionnaireSettings stored = this.settings.findById(actor.clinicId().value()).orElse(null);
		if (stored == null) {
			stored = QuestionnaireSettings.of(actor.clinicId().value(), schedule);
		}
		else {
			stored.change(schedule);
		}
		this.audit.record(actor.audit("QUESTIONNAIRE_SCHEDULE_CHANGED"));
		return this.settings.save(stored).schedule();
	}

}
