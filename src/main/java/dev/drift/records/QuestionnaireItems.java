package dev.drift.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import tools.jackson.databind.JsonNode;

/**
 * Stored answers (JSON keyed by question id) as QuestionnaireResponse items: the key is
 * the {@code linkId}; a boolean, whole number, decimal or text is the answer; a list of
 * values is one answer each; an object is a group of items; a list of objects repeats the
 * group. Unanswered questions ({@code null}, empty lists and objects) are left out, as
 * FHIR has no empty answer.
 */
final class QuestionnaireItems {

	private QuestionnaireItems() {
	}

	static List<QuestionnaireResponseItemComponent> of(JsonNode answers) {
		List<QuestionnaireResponseItemComponent> items = new ArrayList<>();
		if (answers == null || !answers.isObject()) {
			return items;
		}
		for (Map.Entry<String, JsonNode> field : answers.properties()) {
			items.addAll(items(field.getKey(), field.getValue()));
		}
		return items;
	}

	private static List<QuestionnaireResponseItemComponent> items(String linkId, JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return List.of();
		}
		if (value.isObject()) {
			List<QuestionnaireResponseItemComponent> nested = of(value);
			return nested.isEmpty() ? List.of()
					: List.of(new QuestionnaireResponseItemComponent(new StringType(linkId)).setItem(nested));
		}
		QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent(new StringType(linkId));
		if (value.isArray()) {
			List<QuestionnaireResponseItemComponent> groups = new ArrayList<>();
			for (JsonNode element : value) {
				if (element.isObject()) {
					groups.addAll(items(linkId, element));
				}
				else {
					answer(element).ifPresent((answer) -> item.addAnswer().setValue(answer));
				}
			}
			if (!groups.isEmpty()) {
				return groups;
			}
		}
		else {
			answer(value).ifPresent((answer) -> item.addAnswer().setValue(answer));
		}
		return item.hasAnswer() ? List.of(item) : List.of();
	}

	private static Optional<Type> answer(JsonNode value) {
		if (value.isBoolean()) {
			return Optional.of(new BooleanType(value.booleanValue()));
		}
		if (value.isIntegralNumber() && value.canConvertToInt()) {
			return Optional.of(new IntegerType(value.intValue()));
		}
		if (value.isNumber()) {
			return Optional.of(new DecimalType(value.decimalValue()));
		}
		if (value.isString() && !value.stringValue().isBlank()) {
			return Optional.of(new StringType(value.stringValue()));
		}
		return Optional.empty();
	}

}
