package dev.drift;

import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a health intake with nothing to flag for a test client, so that the screening
 * gate allows treatment sessions (a client without an intake may only book the
 * consultation).
 */
public final class ScreenedClients {

	private static final String NOTHING_TO_FLAG = """
			{"fever_today": false, "contagious_illness": false, "intoxicated_today": false, "clot_signs_now": false,
			 "foot_leg_inflamed": false, "bp_status": "no", "heart_conditions": [], "dvt_history": false,
			 "foot_circulation": false, "anticoagulants": false, "bleeding_disorder": false, "low_platelets": false,
			 "pregnant": false, "cancer_status": "no", "kidney_disease": false, "liver_conditions": [],
			 "osteoporosis": "no", "fragility_fracture": false, "diabetes": false, "neuropathy": false,
			 "surgery_last_12_months": false, "back_pain_or_sciatica": false, "local_issues": [],
			 "scent_allergies": [], "scent_triggered_asthma_migraine": false, "sleep_trouble_long_term": true,
			 "sleep_daytime_impact": false, "sleep_apnoea_signs": [], "low_mood": false,
			 "goals": ["fall_asleep_faster"], "desk_bound": false, "fibromyalgia": false,
			 "pressure_preference": "P3"}""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScreenedClients() {
	}

	public static ClientProfile cleared(Intake intake, Actor staff, ClientProfile client) {
		intake.recordIntake(staff, client.id(), answers(client, NOTHING_TO_FLAG));
		return client;
	}

	/** Records an intake with the given answers changed (JSON values by question id). */
	public static ClientProfile screened(Intake intake, Actor staff, ClientProfile client, String changes) {
		ObjectNode answers = answers(client, NOTHING_TO_FLAG);
		answers.setAll((ObjectNode) JSON.readTree(changes));
		intake.recordIntake(staff, client.id(), answers);
		return client;
	}

	private static ObjectNode answers(ClientProfile client, String json) {
		ObjectNode answers = (ObjectNode) JSON.readTree(json);
		answers.put("main_sleep_start_workday", client.sleep().workdayMainSleepStart().toString());
		answers.put("main_sleep_start_offday", client.sleep().offdayMainSleepStart().toString());
		answers.put("shift_pattern", client.sleep().shiftPattern().code());
		return answers;
	}

}
