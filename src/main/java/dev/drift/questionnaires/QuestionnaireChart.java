package dev.drift.questionnaires;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The data of the history chart: each instrument's scores by date (in the zone they were
 * completed in) and the category bands to shade behind them.
 */
record QuestionnaireChart(List<Point> isi, List<Point> psqi, List<Band> isiBands, List<Band> psqiBands) {

	static QuestionnaireChart of(QuestionnaireHistory history) {
		return new QuestionnaireChart(points(history.isi()), points(history.psqi()),
				Arrays.stream(IsiCategory.values()).map((c) -> new Band(c.from(), c.to(), c.name())).toList(),
				List.of(new Band(0, PsqiScore.GOOD_SLEEPER_AT_MOST, QuestionnaireResult.GOOD_SLEEPER),
						new Band(PsqiScore.GOOD_SLEEPER_AT_MOST + 1, 21, QuestionnaireResult.POOR_SLEEPER)));
	}

	private static List<Point> points(List<QuestionnaireResult> results) {
		return results.stream()
			.filter((r) -> r.total() != null)
			.map((r) -> new Point(r.completedAt().atZone(r.zone()).toLocalDate(), r.total(), r.category()))
			.toList();
	}

	record Point(LocalDate date, int score, String category) {
	}

	record Band(int from, int to, String category) {
	}

}
