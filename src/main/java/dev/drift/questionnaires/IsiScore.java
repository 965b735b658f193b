package dev.drift.questionnaires;

/**
 * An ISI total (0–28) and its category; both null when any item is missing (no proration,
 * ISI-R2).
 */
public record IsiScore(Integer total, IsiCategory category) {

	static IsiScore of(IsiAnswers answers) {
		if (!answers.complete()) {
			return new IsiScore(null, null);
		}
		int total = answers.items().values().stream().mapToInt(Integer::intValue).sum();
		return new IsiScore(total, IsiCategory.of(total));
	}

}
