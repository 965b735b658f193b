package dev.drift.screening;

import java.util.List;

import static dev.drift.screening.Level.DEFER;
import static dev.drift.screening.Level.URGENT;
import static dev.drift.screening.Scope.GENERAL;

/**
 * Today's acute conditions: fever (G01, at or above the clinic's fever line), contagious
 * illness (G02), a suspected clot now (G03) and with emergency signs (G04), intoxication
 * (G23), back pain with red flags (G24).
 */
final class AcutePolicy implements ScreeningPolicy {

	@Override
	public List<String> rules() {
		return List.of("G01", "G02", "G03", "G04", "G23", "G24");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		boolean hot = a.decimal("temperature_c").map((t) -> t.compareTo(e.settings.feverCelsius()) >= 0).orElse(false);
		if (a.isTrue("fever_today") || hot) {
			e.fire("G01").contributes(GENERAL, DEFER);
		}
		if (a.isTrue("contagious_illness")) {
			e.fire("G02").contributes(GENERAL, DEFER);
		}
		if (a.isTrue("clot_signs_now") || a.isTrue("foot_leg_inflamed_one_side_calf_pain")) {
			e.fire("G03").contributes(GENERAL, URGENT);
			if (a.isTrue("clot_emergency_signs")) {
				e.fire("G04").contributes(GENERAL, URGENT).emergency();
			}
		}
		if (a.isTrue("intoxicated_today")) {
			e.fire("G23").contributes(GENERAL, DEFER);
		}
		if (a.isTrue("back_pain_or_sciatica") && a.anySelected("back_red_flags")) {
			e.fire("G24").contributes(GENERAL, URGENT);
		}
	}

}
