package dev.drift.screening;

import java.util.ArrayList;
import java.util.List;

import static dev.drift.screening.Level.CLEARANCE;
import static dev.drift.screening.Level.MODIFY;
import static dev.drift.screening.Scope.DIY;
import static dev.drift.screening.Scope.FOOT;
import static dev.drift.screening.Scope.GENERAL;

/**
 * A diagnosed DVT or PE: current, or within the clinic's window of whole months, needs
 * clearance with the affected limb avoided and every other limb capped at P2 (G05); any
 * DVT history, or severe varicose veins, gives F04 (clinic foot work capped, the DIY foot
 * routine needs clearance).
 */
final class ClotHistoryPolicy implements ScreeningPolicy {

	@Override
	public List<String> rules() {
		return List.of("G05", "F04");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		if (a.isTrue("dvt_history") && (a.isTrue("dvt_current")
				|| a.integer("dvt_months_ago").map((m) -> m <= e.settings.dvtRecentMonths()).orElse(false))) {
			List<String> affected = affectedLimb(e, a.text("dvt_limb").orElse("not_sure"));
			List<String> others = new ArrayList<>(e.group("all_limbs"));
			others.removeAll(affected);
			e.fire("G05").contributes(GENERAL, CLEARANCE).clearance().avoid(affected).cap(others, Pressure.P2);
		}
		boolean severeVeins = a.localIssues()
			.stream()
			.anyMatch((item) -> item.is("varicose_veins") && item.severityIn("severe"));
		if (a.isTrue("dvt_history") || severeVeins) {
			e.fire("F04")
				.contributes(FOOT, MODIFY)
				.contributes(DIY, CLEARANCE)
				.clearance()
				.cap(e.group("legs_and_feet"), Pressure.P2);
		}
	}

	static List<String> affectedLimb(Evaluation e, String limb) {
		List<String> areas = new ArrayList<>();
		switch (limb) {
			case "left_leg" -> areas.addAll(e.group("left_lower_limb"));
			case "right_leg" -> areas.addAll(e.group("right_lower_limb"));
			case "left_arm" -> areas.addAll(e.group("left_upper_limb"));
			case "right_arm" -> areas.addAll(e.group("right_upper_limb"));
			case "lung_only" -> {
			}
			default -> {
				areas.addAll(e.group("left_lower_limb"));
				areas.addAll(e.group("right_lower_limb"));
			}
		}
		return areas;
	}

}
