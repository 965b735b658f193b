package dev.drift.intake;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.Question;
import dev.drift.screening.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Test helper: the form fields a browser posts for one step of the intake form, made from
 * an answer set.
 */
final class IntakeFormSteps {

	private IntakeFormSteps() {
	}

	static int count() {
		return Questionnaire.standard().sections().size();
	}

	static Map<String, Object> fields(int step, JsonNode answers, String csrf) {
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", csrf);
		form.put("nav", "next");
		for (Question q : Questionnaire.standard().sections().get(step - 1).questions()) {
			JsonNode value = answers.get(q.id());
			if (value == null) {
				continue;
			}
			if (q.type() == QuestionType.LIST) {
				int i = 0;
				for (JsonNode item : value.values()) {
					for (String field : item.propertyNames()) {
						form.put(q.id() + "[" + i + "]." + field, item.get(field).asString());
					}
					i++;
				}
			}
			else if (value.isArray()) {
				List<String> chosen = new ArrayList<>();
				value.values().forEach((v) -> chosen.add(v.asString()));
				form.put(q.id(), chosen.isEmpty() ? List.of("_none") : chosen);
			}
			else if (value.isNumber()) {
				form.put(q.id(), value.decimalValue().toPlainString());
			}
			else {
				form.put(q.id(), value.asString());
			}
		}
		return form;
	}

}
