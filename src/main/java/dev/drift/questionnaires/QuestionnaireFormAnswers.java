package dev.drift.questionnaires;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A posted questionnaire form (every value a string, whatever was sent) turned into the
 * instrument's JSON answers, so pages and the API share one validation. Unparseable
 * numbers stay strings and are refused as out of range; Q4 accepts decimal hours or h:mm
 * (PSQI-R6), a range such as "6-7" is refused and re-asked.
 */
final class QuestionnaireFormAnswers {

	private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,6}");

	private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,6}([.,][0-9]{1,6})?");

	private static final Pattern HOURS_MINUTES = Pattern.compile("([0-9]{1,2}):([0-5][0-9])");

	private QuestionnaireFormAnswers() {
	}

	/** The posted values of the definition's items only, blank ones dropped. */
	static Map<String, String> values(InstrumentDefinition definition, Map<String, String> posted) {
		Map<String, String> values = new LinkedHashMap<>();
		for (InstrumentDefinition.Item item : definition.items()) {
			String value = posted.get(item.key());
			if (value != null && !value.isBlank()) {
				values.put(item.key(), value.strip());
			}
		}
		return values;
	}

	static JsonNode toJson(Instrument instrument, InstrumentDefinition definition, Map<String, String> values) {
		ObjectNode answers = JsonNodeFactory.instance.objectNode();
		for (InstrumentDefinition.Item item : definition.items()) {
			String value = values.get(item.key());
			if (value == null) {
				answers.putNull(item.key());
			}
			else if (item.isChoice() && WHOLE.matcher(value).matches()) {
				answers.put(item.key(), Integer.parseInt(value));
			}
			else if (item.type().equals("minutes") && DECIMAL.matcher(value).matches()) {
				answers.put(item.key(), new BigDecimal(value.replace(',', '.')));
			}
			else if (item.type().equals("hours")) {
				answers.set(item.key(), hours(value));
			}
			else {
				answers.put(item.key(), value);
			}
		}
		if (instrument == Instrument.ISI) {
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			body.set("items", answers);
			return body;
		}
		return answers;
	}

	private static JsonNode hours(String value) {
		if (DECIMAL.matcher(value).matches()) {
			return JsonNodeFactory.instance.numberNode(new BigDecimal(value.replace(',', '.')));
		}
		Matcher hm = HOURS_MINUTES.matcher(value);
		if (hm.matches()) {
			BigDecimal minutes = BigDecimal
				.valueOf(Integer.parseInt(hm.group(1)) * 60L + Integer.parseInt(hm.group(2)));
			return JsonNodeFactory.instance.numberNode(minutes.divide(BigDecimal.valueOf(60), MathContext.DECIMAL64));
		}
		return JsonNodeFactory.instance.stringNode(value);
	}

}
