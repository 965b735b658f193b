package dev.drift.screening;

import java.util.List;

import static dev.drift.screening.Level.CLEARANCE;
import static dev.drift.screening.Level.DEFER;
import static dev.drift.screening.Level.MODIFY;
import static dev.drift.screening.Scope.DIY;
import static dev.drift.screening.Scope.FOOT;

/**
 * Foot work in clinic and at home: an inflamed foot or leg today (F01, defer and
 * signpost), diabetes without neuropathy (F02), neuropathy (F03), a wound or infection on
 * a foot (F07: MODIFY only for minor wounds without diabetes, otherwise defer and
 * signpost), poor circulation in the feet (F08).
 */
final class FootPolicy implements ScreeningPolicy {

	private static final List<String> FEET = List.of("left_foot", "right_foot");

	@Override
	public List<String> rules() {
		return List.of("F01", "F02", "F03", "F07", "F08");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		if (a.isTrue("foot_leg_inflamed")) {
			e.fire("F01").contributes(FOOT, DEFER).signpost().avoid(e.group("legs_and_feet"));
		}
		if (a.isTrue("diabetes") && a.isFalse("neuropathy")) {
			e.fire("F02")
				.contributes(FOOT, MODIFY)
				.codes("SKIN_CHECK_FEET", "DRY_BETWEEN_TOES", "NO_LOTION_BETWEEN_TOES");
		}
		if (a.isTrue("neuropathy")) {
			e.fire("F03")
				.contributes(FOOT, MODIFY)
				.contributes(DIY, MODIFY)
				.codes("SKIN_CHECK_FEET", "NO_SOAK", "WATER_TEMP_CHECK", "NO_LOTION_BETWEEN_TOES", "DRY_BETWEEN_TOES")
				.cap(e.group("feet"), Pressure.P2);
		}
		List<LocalIssue> footWounds = LocalIssuesPolicy.matching(a.localIssues(),
				(i) -> FEET.contains(i.area()) && i.is("wound", "ulcer", "contagious_skin", "spreading_red_hot_skin"));
		if (!footWounds.isEmpty()) {
			boolean minor = !a.isTrue("diabetes")
					&& footWounds.stream().allMatch((i) -> i.is("wound") && i.severityIn("minor"));
			Evaluation.Firing f07 = e.fire("F07").avoid(LocalIssuesPolicy.areas(footWounds));
			if (minor) {
				f07.contributes(FOOT, MODIFY);
			}
			else {
				f07.contributes(FOOT, DEFER).signpost();
			}
		}
		if (a.isTrue("foot_circulation")) {
			e.fire("F08").contributes(FOOT, CLEARANCE).clearance();
		}
	}

}
