package dev.drift.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import dev.drift.screening.Screen;
import dev.drift.screening.Question;
import dev.drift.screening.Answers;
import dev.drift.SpecFiles;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeFormTests {

	static final IntakeForm FORM = new IntakeForm(Screen.QUESTIONNAIRE);

	static Stream<Long> seeds() {
		return Stream.iterate(1L, (s) -> s + 1).limit(40);
	}

	/**
	 * The pages decide which questions are enabled exactly as the validator does: take a
	 * scenario, answer random extra questions (some disabled), and compare what each
	 * keeps.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void theFormEnablesQuestionsLikeTheValidator(long seed) {
		Random random = new Random(seed);
		JsonNode scenarios = Screen.JSON
			.readTree(SpecFiles.folder("drift.screening.scenarios", "").resolve("screening-scenarios.json").toFile())
			.get("scenarios");
		int compared = 0;
		for (JsonNode scenario : scenarios) {
			ObjectNode answers = (ObjectNode) scenario.get("answers").deepCopy();
			for (Question q : Screen.QUESTIONNAIRE.questions()) {
				if (!answers.has(q.id()) && random.nextInt(3) == 0) {
					answers.set(q.id(), plausible(q, random));
				}
			}
			try {
				Answers valid = Screen.QUESTIONNAIRE.validate(answers);
				assertThat(FORM.submitted(answers).propertyNames()).containsExactlyElementsOf(valid.values().keySet());
				compared++;
			}
			catch (InvalidInputException ex) {
				// a newly enabled required question is unanswered: nothing to compare
			}
		}
		assertThat(compared).isGreaterThan(10);
	}

	@Test
	void aStepPostBecomesAnswersAndWhatIsNotANumberStaysText() {
		Map<String, List<String>> post = new LinkedHashMap<>();
		post.put("fever_today", List.of("true"));
		post.put("temperature_c", List.of("38,5"));
		post.put("contagious_illness", List.of("false"));
		post.put("intoxicated_today", List.of(""));
		ObjectNode answers = Screen.JSON.createObjectNode();
		answers.put("intoxicated_today", true);

		FORM.read(1, post, answers);

		assertThat(answers.get("fever_today").booleanValue()).isTrue();
		assertThat(answers.get("temperature_c").decimalValue()).isEqualByComparingTo(new BigDecimal("38.5"));
		assertThat(answers.has("intoxicated_today")).as("an emptied answer is removed").isFalse();
		post.put("temperature_c", List.of("hot"));
		FORM.read(1, post, answers);
		assertThat(answers.get("temperature_c").asString()).isEqualTo("hot");
	}

	@Test
	void noneOfTheseIsAnEmptyChoiceAndBlankListRowsAreDropped() {
		Map<String, List<String>> post = new LinkedHashMap<>();
		post.put("local_issues[0].kind", List.of("wound"));
		post.put("local_issues[0].area", List.of("left_foot"));
		post.put("local_issues[0].severity", List.of("minor"));
		post.put("local_issues[1].kind", List.of(""));
		post.put("local_issues[2].kind", List.of("burn"));
		post.put("local_issues[2].remove", List.of("true"));
		post.put("local_issues[3].area", List.of("neck"));
		ObjectNode answers = Screen.JSON.createObjectNode();

		FORM.read(8, post, answers);
		FORM.read(9, Map.of("scent_allergies", List.of("_none")), answers);

		assertThat(answers.get("local_issues").toString())
			.isEqualTo("[{\"kind\":\"wound\",\"area\":\"left_foot\",\"severity\":\"minor\"},{\"area\":\"neck\"}]");
		assertThat(answers.get("scent_allergies").isEmpty()).isTrue();
		List<FieldProblem> problems = FORM.problems(answers, 8);
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("answers.local_issues[1].kind", "answers.local_issues[1].severity");
		assertThat(problems).allSatisfy((p) -> assertThat(FORM.stepOf(p)).isEqualTo(8));
	}

	@Test
	void everyQuestionBelongsToOneStep() {
		List<String> ids = new ArrayList<>();
		for (int step = 1; step <= FORM.steps(); step++) {
			FORM.section(step).questions().forEach((q) -> ids.add(q.id()));
		}
		assertThat(ids).containsExactlyElementsOf(Screen.QUESTIONNAIRE.questions().stream().map(Question::id).toList());
	}

	private static JsonNode plausible(Question q, Random random) {
		return switch (q.type()) {
			case BOOLEAN -> Screen.JSON.getNodeFactory().booleanNode(random.nextBoolean());
			case INTEGER, DECIMAL -> Screen.JSON.getNodeFactory().numberNode(q.min() == null ? 1 : q.min().intValue());
			case ENUM ->
				Screen.JSON.getNodeFactory().stringNode(q.options().get(random.nextInt(q.options().size())).value());
			case MULTI_SELECT -> {
				ArrayNode array = Screen.JSON.createArrayNode();
				if (q.minItems() != null && q.minItems() > 0 || random.nextBoolean()) {
					array.add(q.options().get(0).value());
				}
				yield array;
			}
			case LIST -> Screen.JSON.createArrayNode();
			case TIME -> Screen.JSON.getNodeFactory().stringNode("22:00");
			case TEXT -> Screen.JSON.getNodeFactory().stringNode("note");
		};
	}

}
