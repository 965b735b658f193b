package dev.drift.screening;

import java.util.List;
import java.util.function.Predicate;

import static dev.drift.screening.Level.CLEARANCE;
import static dev.drift.screening.Level.DEFER;
import static dev.drift.screening.Level.MODIFY;
import static dev.drift.screening.Level.URGENT;
import static dev.drift.screening.Scope.GENERAL;
import static dev.drift.screening.Scope.LOCAL;

/**
 * The rows fed by {@code local_issues}: injuries and inflammation (G19), unchecked lumps
 * (G22), wounds (L01), bruising (L02), burns (L03), varicose veins (L04), skin infections
 * (L05), skin conditions (L06), lymph risk (L07), devices (L08) and inflamed joints
 * (L09). A LOCAL row never sets a level; its escalations are GENERAL contributions.
 */
final class LocalIssuesPolicy implements ScreeningPolicy {

	@Override
	public List<String> rules() {
		return List.of("G19", "G22", "L01", "L02", "L03", "L04", "L05", "L06", "L07", "L08", "L09");
	}

	@Override
	public void apply(Evaluation e) {
		List<LocalIssue> items = e.answers.localIssues();
		List<LocalIssue> g19 = matching(items, (i) -> i.is("fresh_injury", "acute_inflammation", "unhealed_fracture")
				|| (i.is("inflamed_joint") && i.severityIn("widespread")));
		if (!g19.isEmpty()) {
			Evaluation.Firing row = e.fire("G19").contributes(LOCAL, MODIFY).avoid(areas(g19));
			if (g19.stream().anyMatch((i) -> i.severityIn("widespread"))) {
				row.contributes(GENERAL, DEFER);
			}
		}
		List<LocalIssue> lumps = matching(items, (i) -> i.is("unchecked_lump_or_pain"));
		if (!lumps.isEmpty()) {
			e.fire("G22").contributes(GENERAL, CLEARANCE).clearance().avoid(areas(lumps));
		}
		avoidOnly(e, "L01", matching(items, (i) -> i.is("wound", "ulcer")));
		List<LocalIssue> bruises = matching(items, (i) -> i.is("bruising"));
		if (avoidOnly(e, "L02", bruises) && bruises.stream().anyMatch((i) -> i.severityIn("widespread"))) {
			e.fire("L02").signpost();
		}
		List<LocalIssue> burns = matching(items, (i) -> i.is("burn"));
		if (avoidOnly(e, "L03", burns) && burns.stream().anyMatch((i) -> i.severityIn("severe", "widespread"))) {
			e.fire("L03").contributes(GENERAL, DEFER);
		}
		veins(e, matching(items, (i) -> i.is("varicose_veins")));
		List<LocalIssue> infections = matching(items, (i) -> i.is("contagious_skin", "spreading_red_hot_skin"));
		if (avoidOnly(e, "L05", infections)) {
			if (infections.stream().anyMatch((i) -> i.is("contagious_skin") && i.severityIn("severe", "widespread"))) {
				e.fire("L05").contributes(GENERAL, DEFER);
			}
			if (infections.stream().anyMatch((i) -> i.is("spreading_red_hot_skin"))) {
				e.fire("L05").contributes(GENERAL, URGENT);
			}
		}
		List<LocalIssue> skin = matching(items, (i) -> i.is("skin_condition"));
		if (!skin.isEmpty()) {
			e.fire("L06")
				.contributes(LOCAL, MODIFY)
				.codes("UNSCENTED_MEDIUM", "PATCH_TEST")
				.avoid(areas(matching(skin, (i) -> i.severityIn("severe", "widespread"))));
		}
		List<LocalIssue> lymph = matching(items, (i) -> i.is("lymph_risk"));
		if (!lymph.isEmpty()) {
			Evaluation.Firing row = e.fire("L07").contributes(LOCAL, MODIFY);
			lymph.forEach((i) -> row.cap(e.questionnaire.limbOf(i.area()), Pressure.P2));
		}
		avoidOnly(e, "L08", matching(items, (i) -> i.is("device")));
		avoidOnly(e, "L09", matching(items, (i) -> i.is("inflamed_joint")));
	}

	private static void veins(Evaluation e, List<LocalIssue> veins) {
		if (veins.isEmpty()) {
			return;
		}
		Evaluation.Firing row = e.fire("L04").contributes(LOCAL, MODIFY).cap(areas(veins), Pressure.P1);
		if (veins.stream().anyMatch((i) -> i.severityIn("severe"))) {
			row.contributes(GENERAL, CLEARANCE).clearance();
		}
	}

	/**
	 * Fires a LOCAL MODIFY row that avoids the items' areas; answers whether it fired.
	 */
	private static boolean avoidOnly(Evaluation e, String rule, List<LocalIssue> items) {
		if (items.isEmpty()) {
			return false;
		}
		e.fire(rule).contributes(LOCAL, MODIFY).avoid(areas(items));
		return true;
	}

	static List<LocalIssue> matching(List<LocalIssue> items, Predicate<LocalIssue> test) {
		return items.stream().filter(test).toList();
	}

	static List<String> areas(List<LocalIssue> items) {
		return items.stream().map(LocalIssue::area).toList();
	}

}
