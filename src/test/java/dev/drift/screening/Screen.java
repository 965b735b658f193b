package dev.drift.screening;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.ScreeningEngine;
import dev.drift.screening.ScreeningResult;
import dev.drift.screening.RuleSettings;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test helper: a complete, clean answer set (nothing fires) to change field by field, and
 * the engine to screen it.
 */
public final class Screen {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	public static final Questionnaire QUESTIONNAIRE = Questionnaire.standard();

	public static final ScreeningEngine ENGINE = new ScreeningEngine(QUESTIONNAIRE);

	private Screen() {
	}

	public static ObjectNode clean() {
		return (ObjectNode) JSON.readTree("""
				{"fever_today": false, "contagious_illness": false, "intoxicated_today": false,
				 "clot_signs_now": false, "foot_leg_inflamed": false, "bp_status": "no", "heart_conditions": [],
				 "dvt_history": false, "foot_circulation": false, "anticoagulants": false, "bleeding_disorder": false,
				 "low_platelets": false, "pregnant": false, "cancer_status": "no", "kidney_disease": false,
				 "liver_conditions": [], "osteoporosis": "no", "fragility_fracture": false, "diabetes": false,
				 "neuropathy": false, "surgery_last_12_months": false, "back_pain_or_sciatica": false,
				 "local_issues": [], "scent_allergies": [], "scent_triggered_asthma_migraine": false,
				 "sleep_trouble_long_term": false, "sleep_daytime_impact": false, "sleep_apnoea_signs": [],
				 "low_mood": false, "goals": ["fall_asleep_faster"], "desk_bound": false, "fibromyalgia": false,
				 "shift_pattern": "no_shifts", "main_sleep_start_workday": "22:30", "main_sleep_start_offday": "23:00",
				 "pressure_preference": "P5"}""");
	}

	/** The clean answers with some replaced (values given as JSON text). */
	public static ObjectNode with(Map<String, String> changes) {
		ObjectNode answers = clean();
		changes.forEach((id, json) -> answers.set(id, JSON.readTree(json)));
		return answers;
	}

	public static ScreeningResult screen(JsonNode answers) {
		return ENGINE.evaluate(QUESTIONNAIRE.validate(answers));
	}

	public static ScreeningResult screen(JsonNode answers, RuleSettings settings) {
		return ENGINE.evaluate(QUESTIONNAIRE.validate(answers), settings);
	}

	public static ScreeningResult screen(Map<String, String> changes) {
		return screen(with(changes));
	}

	public static RuleSettings defaults() {
		return QUESTIONNAIRE.defaultSettings();
	}

	public static String issue(String kind, String area, String severity) {
		return "{\"kind\":\"" + kind + "\",\"area\":\"" + area + "\",\"severity\":\"" + severity + "\"}";
	}

}
