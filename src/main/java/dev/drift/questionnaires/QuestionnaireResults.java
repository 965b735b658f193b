package dev.drift.questionnaires;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns stored responses into results: each is re-scored from its answers (scoring is
 * deterministic), and every ISI after the client's first is compared with that baseline.
 */
final class QuestionnaireResults {

	private QuestionnaireResults() {
	}

	/** Results of one instrument, oldest first. */
	static List<QuestionnaireResult> of(List<QuestionnaireResponse> responses, Instrument instrument) {
		List<QuestionnaireResult> results = new ArrayList<>();
		Integer baseline = null;
		for (QuestionnaireResponse response : responses) {
			if (response.instrument() != instrument) {
				continue;
			}
			QuestionnaireResult result = result(response, baseline);
			if (baseline == null && result.total() != null && instrument == Instrument.ISI) {
				baseline = result.total();
			}
			results.add(result);
		}
		return results;
	}

	static QuestionnaireResult result(QuestionnaireResponse response, Integer isiBaseline) {
		var answers = InstrumentInput.JSON.readTree(response.answers());
		if (response.instrument() == Instrument.ISI) {
			IsiScore score = IsiScore.of(IsiAnswers.fromJson(answers));
			IsiChange change = (isiBaseline == null || score.total() == null) ? null
					: IsiChange.of(isiBaseline, score.total());
			return new QuestionnaireResult(response.id(), Instrument.ISI, response.completedAt(),
					response.completedZone(), score.total(), score.category() == null ? null : score.category().name(),
					score, null, change);
		}
		PsqiScore score = PsqiScoring.score(PsqiAnswers.fromJson(answers));
		return new QuestionnaireResult(response.id(), Instrument.PSQI, response.completedAt(), response.completedZone(),
				score.global(), category(score), null, score, null);
	}

	static String category(PsqiScore score) {
		if (score.poorSleeper() == null) {
			return null;
		}
		return score.poorSleeper() ? QuestionnaireResult.POOR_SLEEPER : QuestionnaireResult.GOOD_SLEEPER;
	}

}
