package dev.drift.screening;

import java.util.List;

import static dev.drift.screening.Level.MODIFY;
import static dev.drift.screening.Scope.DIY;
import static dev.drift.screening.Scope.GENERAL;

/**
 * Products and sleep signposts: scent or nut allergy (A01), no essential oils in
 * pregnancy, cancer treatment or scent-triggered asthma/migraine (A02), lavender at home
 * (A03); long-standing insomnia (S01), possible sleep apnoea (S02), low mood (S03, a
 * staff alert with thoughts of self-harm). Signposts never change a level.
 */
final class WellbeingPolicy implements ScreeningPolicy {

	@Override
	public List<String> rules() {
		return List.of("A01", "A02", "A03", "S01", "S02", "S03");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		if (a.anySelected("scent_allergies")) {
			e.fire("A01").contributes(GENERAL, MODIFY).codes("NO_ESSENTIAL_OILS", "UNSCENTED_MEDIUM");
		}
		if (a.isTrue("pregnant") || a.textIs("cancer_status", "in_treatment")
				|| a.isTrue("scent_triggered_asthma_migraine")) {
			e.fire("A02").contributes(GENERAL, MODIFY).codes("NO_ESSENTIAL_OILS");
		}
		if (a.isTrue("diy_lavender")) {
			e.fire("A03").contributes(DIY, MODIFY).codes("DILUTE", "PATCH_TEST");
		}
		if (a.isTrue("sleep_trouble_long_term") || a.isTrue("sleep_daytime_impact")) {
			e.fire("S01").signpost();
		}
		if (a.anySelected("sleep_apnoea_signs")) {
			e.fire("S02").signpost();
		}
		if (a.isTrue("low_mood")) {
			Evaluation.Firing s03 = e.fire("S03").signpost();
			if (a.isTrue("self_harm_thoughts")) {
				s03.staffAlert();
			}
		}
	}

}
