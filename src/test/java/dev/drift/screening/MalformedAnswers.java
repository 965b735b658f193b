package dev.drift.screening;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed answer sets, each with the exact bad fields it must be refused for; shared by
 * the engine's validation tests and the API tests.
 */
public final class MalformedAnswers {

	private MalformedAnswers() {
	}

	public static Stream<Arguments> all() {
		return cases().stream().map((c) -> Arguments.of(c.name(), c.answers(), c.badFields()));
	}

	public static List<Case> cases() {
		return List.of(change("unknown id", Map.of("favourite_colour", "\"blue\""), "answers.favourite_colour"),
				change("two unknown ids", Map.of("x1", "1", "x2", "2"), "answers.x1", "answers.x2"),
				change("boolean as string", Map.of("fever_today", "\"no\""), "answers.fever_today"),
				change("boolean as number", Map.of("pregnant", "0"), "answers.pregnant"),
				change("boolean as null", Map.of("diabetes", "null"), "answers.diabetes"),
				change("temperature too low", Map.of("temperature_c", "33.9"), "answers.temperature_c"),
				change("temperature too high", Map.of("temperature_c", "43.1"), "answers.temperature_c"),
				change("temperature two decimals", Map.of("temperature_c", "37.25"), "answers.temperature_c"),
				change("temperature as text", Map.of("temperature_c", "\"38\""), "answers.temperature_c"),
				change("systolic above range", Map.of("bp_systolic", "301", "bp_severe_symptoms", "false"),
						"answers.bp_systolic"),
				change("diastolic below range", Map.of("bp_diastolic", "29"), "answers.bp_diastolic"),
				change("systolic not whole", Map.of("bp_systolic", "120.5"), "answers.bp_systolic"),
				change("unknown enum value", Map.of("bp_status", "\"sometimes\""), "answers.bp_status"),
				change("enum as array", Map.of("cancer_status", "[\"no\"]"), "answers.cancer_status"),
				change("multi-select unknown option", Map.of("heart_conditions", "[\"broken_heart\"]"),
						"answers.heart_conditions"),
				change("multi-select duplicate", Map.of("scent_allergies", "[\"nuts\",\"nuts\"]"),
						"answers.scent_allergies"),
				change("multi-select as string", Map.of("liver_conditions", "\"cirrhosis\""),
						"answers.liver_conditions"),
				change("goals below minItems", Map.of("goals", "[]"), "answers.goals"),
				change("time out of range", Map.of("main_sleep_start_workday", "\"24:00\""),
						"answers.main_sleep_start_workday"),
				change("time without colon", Map.of("main_sleep_start_offday", "\"2230\""),
						"answers.main_sleep_start_offday"),
				change("pressure preference P0 not offered", Map.of("pressure_preference", "\"P0\""),
						"answers.pressure_preference"),
				change("text too long", Map.of("other_health_notes", "\"" + "x".repeat(1001) + "\""),
						"answers.other_health_notes"),
				change("local issue missing severity",
						Map.of("local_issues", "[{\"kind\":\"wound\",\"area\":\"neck\"}]"),
						"answers.local_issues[0].severity"),
				change("local issue unknown area",
						Map.of("local_issues", "[{\"kind\":\"wound\",\"area\":\"tail\",\"severity\":\"minor\"}]"),
						"answers.local_issues[0].area"),
				change("local issue extra field",
						Map.of("local_issues",
								"[{\"kind\":\"wound\",\"area\":\"neck\",\"severity\":\"minor\",\"note\":\"x\"}]"),
						"answers.local_issues[0].note"),
				change("local issues not a list", Map.of("local_issues", "{}"), "answers.local_issues"),
				change("local issue not an object", Map.of("local_issues", "[\"wound\"]"), "answers.local_issues[0]"),
				change("pregnant without weeks or complications", Map.of("pregnant", "true"), "answers.pregnancy_weeks",
						"answers.pregnancy_complications"),
				change("pregnancy weeks out of range",
						Map.of("pregnant", "true", "pregnancy_weeks", "43", "pregnancy_complications", "[]"),
						"answers.pregnancy_weeks"),
				change("dvt history without details", Map.of("dvt_history", "true"), "answers.dvt_current",
						"answers.dvt_months_ago", "answers.dvt_limb"),
				change("cancer in treatment without treatments",
						Map.of("cancer_status", "\"in_treatment\"", "cancer_bone_spread", "false", "cancer_low_counts",
								"false"),
						"answers.cancer_treatments"),
				change("surgery site empty",
						Map.of("surgery_last_12_months", "true", "recent_surgery_weeks", "2", "surgery_site", "[]",
								"surgery_wound_healed", "true"),
						"answers.surgery_site"),
				change("low mood without the self-harm question", Map.of("low_mood", "true"),
						"answers.self_harm_thoughts"),
				removed("required fever missing", (a) -> a.without("fever_today"), "answers.fever_today"),
				removed("several required missing", (a) -> a.without(List.of("bp_status", "goals", "local_issues")),
						"answers.bp_status", "answers.goals", "answers.local_issues"),
				removed("everything wrong at once", (a) -> {
					a.put("fever_today", "yes");
					a.put("bp_systolic", 10);
					a.put("mystery", true);
					return a.without("pressure_preference");
				}, "answers.bp_systolic", "answers.fever_today", "answers.mystery", "answers.pressure_preference"));
	}

	private static Case change(String name, Map<String, String> changes, String... badFields) {
		return new Case(name, Screen.with(changes), List.of(badFields));
	}

	private static Case removed(String name, UnaryOperator<ObjectNode> change, String... badFields) {
		return new Case(name, change.apply(Screen.clean()), List.of(badFields));
	}

	record Case(String name, ObjectNode answers, List<String> badFields) {
	}

}
