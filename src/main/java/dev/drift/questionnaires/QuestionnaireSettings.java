package dev.drift.questionnaires;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A clinic's questionnaire schedule as stored; a clinic without a row uses
 * {@link QuestionnaireSchedule#defaults()}.
 */
@Table("sleep_questionnaire_settings")
class QuestionnaireSettings {

	@Id
	private final UUID clinicId;

	@Version
	private Long version;

	private boolean isiAtSignUp;

	private int isiEveryWeeks;

	private boolean psqiAtSignUp;

	private int psqiEveryWeeks;

	@PersistenceCreator
	QuestionnaireSettings(UUID clinicId, Long version, boolean isiAtSignUp, int isiEveryWeeks, boolean psqiAtSignUp,
			int psqiEveryWeeks) {
		this.clinicId = clinicId;
		this.version = version;
		this.isiAtSignUp = isiAtSignUp;
		this.isiEveryWeeks = isiEveryWeeks;
		this.psqiAtSignUp = psqiAtSignUp;
		this.psqiEveryWeeks = psqiEveryWeeks;
	}

	static QuestionnaireSettings of(UUID clinicId, QuestionnaireSchedule schedule) {
		QuestionnaireSettings settings = new QuestionnaireSettings(clinicId, null, false, 0, false, 0);
		settings.change(schedule);
		return settings;
	}

	void change(QuestionnaireSchedule schedule) {
		this.isiAtSignUp = schedule.isiAtSignUp();
		this.isiEveryWeeks = schedule.isiEveryWeeks();
		this.psqiAtSignUp = schedule.psqiAtSignUp();
		this.psqiEveryWeeks = schedule.psqiEveryWeeks();
	}

	QuestionnaireSchedule schedule() {
		return new QuestionnaireSchedule(this.isiAtSignUp, this.isiEveryWeeks, this.psqiAtSignUp, this.psqiEveryWeeks);
	}

}
