package dev.drift.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.drift.screening.Answers;
import dev.drift.screening.Questionnaire;
import dev.drift.screening.ScreeningEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: prints the screening engine's in-process throughput over the answer sets of
 * the spec's scenario file, (1) evaluation of already validated answers and (2)
 * validation plus evaluation, which is what the API and a stored intake do. Run with
 * {@code bench/screening.sh [SCENARIO_FILE]}.
 */
public final class ScreeningBench {

	private static final int ROUNDS = 7;

	private ScreeningBench() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args.length > 0 ? args[0] : "../shared/spec/screening-scenarios.json");
		JsonNode scenarios = JsonMapper.builder().build().readTree(Files.readString(file)).get("scenarios");
		List<JsonNode> answerSets = new ArrayList<>();
		scenarios.forEach((scenario) -> answerSets.add(scenario.get("answers")));
		Questionnaire questionnaire = Questionnaire.standard();
		ScreeningEngine engine = new ScreeningEngine(questionnaire);
		List<Answers> validated = answerSets.stream().map(questionnaire::validate).toList();
		int perRound = 200_000;
		System.out.printf("screening: %d scenario answer sets from %s, %,d evaluations per round%n", answerSets.size(),
				file, perRound);
		report("evaluate (validated answers)",
				rates(perRound, (i) -> engine.evaluate(validated.get(i % validated.size()))));
		report("validate + evaluate (as the API)", rates(perRound / 4,
				(i) -> engine.evaluate(questionnaire.validate(answerSets.get(i % answerSets.size())))));
	}

	private static double[] rates(int evaluations, Evaluation evaluation) {
		for (int warm = 0; warm < 2; warm++) {
			run(evaluations, evaluation);
		}
		double[] rates = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			run(evaluations, evaluation);
			rates[round] = evaluations / ((System.nanoTime() - start) / 1e9);
		}
		Arrays.sort(rates);
		return rates;
	}

	private static void run(int evaluations, Evaluation evaluation) {
		int fired = 0;
		for (int i = 0; i < evaluations; i++) {
			fired += evaluation.run(i).triggeredRules().size();
		}
		if (fired == 0) {
			throw new IllegalStateException("no rule fired in " + evaluations + " evaluations");
		}
	}

	private static void report(String what, double[] rates) {
		System.out.printf("%-34s %,10.0f evaluations/s (median of %d rounds; min %,.0f, max %,.0f)%n", what,
				rates[ROUNDS / 2], ROUNDS, rates[0], rates[ROUNDS - 1]);
	}

	@FunctionalInterface
	private interface Evaluation {

		dev.drift.screening.ScreeningResult run(int index);

	}

}
