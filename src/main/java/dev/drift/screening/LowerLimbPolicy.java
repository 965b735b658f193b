package dev.drift.screening;

import java.util.ArrayList;
import java.util.List;

import static dev.drift.screening.Level.CLEARANCE;
import static dev.drift.screening.Scope.FOOT;
import static dev.drift.screening.Scope.GENERAL;

/**
 * Recent surgery (within the clinic's weeks, or a wound not healed) needs clearance, the
 * site avoided and the legs capped at P2 (G20). Surgery at a lower-limb site in that
 * window, or an unhealed fracture on a lower limb, blocks foot and leg work on that whole
 * limb until cleared (F06).
 */
final class LowerLimbPolicy implements ScreeningPolicy {

	@Override
	public List<String> rules() {
		return List.of("G20", "F06");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		List<String> lowerLimb = new ArrayList<>();
		List<String> lowerLimbAreas = e.questionnaire.areaGroup("lower_limb_areas");
		if (a.isTrue("surgery_last_12_months")
				&& (a.integer("recent_surgery_weeks").map((w) -> w <= e.settings.surgeryRecentWeeks()).orElse(false)
						|| a.isFalse("surgery_wound_healed"))) {
			List<String> sites = a.selected("surgery_site");
			e.fire("G20").contributes(GENERAL, CLEARANCE).clearance().avoid(sites).cap(e.group("legs"), Pressure.P2);
			sites.stream().filter(lowerLimbAreas::contains).forEach(lowerLimb::add);
		}
		a.localIssues()
			.stream()
			.filter((item) -> item.is("unhealed_fracture") && lowerLimbAreas.contains(item.area()))
			.forEach((item) -> lowerLimb.add(item.area()));
		if (!lowerLimb.isEmpty()) {
			Evaluation.Firing f06 = e.fire("F06").contributes(FOOT, CLEARANCE).clearance();
			lowerLimb.forEach((area) -> f06.avoid(e.questionnaire.limbOf(area)));
		}
	}

}
