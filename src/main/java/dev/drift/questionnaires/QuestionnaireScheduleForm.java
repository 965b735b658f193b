package dev.drift.questionnaires;

import org.springframework.validation.Errors;

/**
 * The admin's schedule form. String fields, so a crafted post never breaks binding; a
 * checkbox is {@code "true"} when ticked.
 */
record QuestionnaireScheduleForm(String isiAtSignUp, String isiEveryWeeks, String psqiAtSignUp, String psqiEveryWeeks) {

	static QuestionnaireScheduleForm of(QuestionnaireSchedule schedule) {
		return new QuestionnaireScheduleForm(Boolean.toString(schedule.isiAtSignUp()),
				Integer.toString(schedule.isiEveryWeeks()), Boolean.toString(schedule.psqiAtSignUp()),
				Integer.toString(schedule.psqiEveryWeeks()));
	}

	void validate(Errors errors) {
		weeks(this.isiEveryWeeks, "isiEveryWeeks", errors);
		weeks(this.psqiEveryWeeks, "psqiEveryWeeks", errors);
	}

	QuestionnaireSchedule toSchedule() {
		return new QuestionnaireSchedule("true".equals(this.isiAtSignUp), Integer.parseInt(this.isiEveryWeeks.strip()),
				"true".equals(this.psqiAtSignUp), Integer.parseInt(this.psqiEveryWeeks.strip()));
	}

	private static void weeks(String value, String field, Errors errors) {
		try {
			int weeks = Integer.parseInt(value == null ? "" : value.strip());
			if (weeks < 0 || weeks > QuestionnaireSchedule.MAX_WEEKS) {
				errors.rejectValue(field, "questionnaire.schedule.weeks.range");
			}
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "questionnaire.schedule.weeks.invalid");
		}
	}

}
