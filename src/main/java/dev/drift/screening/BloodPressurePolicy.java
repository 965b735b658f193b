package dev.drift.screening;

import java.util.List;

import static dev.drift.screening.Level.DEFER;
import static dev.drift.screening.Level.MODIFY;
import static dev.drift.screening.Level.URGENT;
import static dev.drift.screening.Scope.GENERAL;

/**
 * Blood pressure with the clinic's lines (inclusive, either number counts): uncontrolled
 * or at/above the defer line defers and needs clearance (G06); at/above the urgent line
 * or with severe symptoms is urgent, an emergency with symptoms (G07); controlled and
 * below the defer line is a modified session (G08).
 */
final class BloodPressurePolicy implements ScreeningPolicy {

	@Override
	public List<String> rules() {
		return List.of("G06", "G07", "G08");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		RuleSettings s = e.settings;
		boolean deferReading = atLeast(a, "bp_systolic", s.bpDeferSystolic())
				|| atLeast(a, "bp_diastolic", s.bpDeferDiastolic());
		boolean urgentReading = atLeast(a, "bp_systolic", s.bpUrgentSystolic())
				|| atLeast(a, "bp_diastolic", s.bpUrgentDiastolic());
		if (a.textIs("bp_status", "uncontrolled", "stopped_treatment") || deferReading) {
			e.fire("G06").contributes(GENERAL, DEFER).clearance();
		}
		if (urgentReading || a.isTrue("bp_severe_symptoms")) {
			Evaluation.Firing g07 = e.fire("G07").contributes(GENERAL, URGENT);
			if (a.isTrue("bp_severe_symptoms")) {
				g07.emergency();
			}
		}
		if (a.textIs("bp_status", "controlled") && !deferReading) {
			e.fire("G08").contributes(GENERAL, MODIFY).codes("SLOW_RISE", "NO_PERCUSSION");
		}
	}

	private static boolean atLeast(Answers answers, String question, int line) {
		return answers.integer(question).map((reading) -> reading >= line).orElse(false);
	}

}
