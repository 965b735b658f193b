package dev.drift.screening;

import java.util.List;

import static dev.drift.screening.Level.CLEARANCE;
import static dev.drift.screening.Level.MODIFY;
import static dev.drift.screening.Scope.GENERAL;

/**
 * Pregnancy: uncomplicated is a modified session (G16), with a complication it needs
 * clearance (G17); both carry the pregnancy set (prenatal therapist, P3 overall, P2 on
 * the legs, blocked points, positions by week). The first trimester (G18) adds P2 and no
 * points, at the clinic's policy level (MODIFY or DEFER).
 */
final class PregnancyPolicy implements ScreeningPolicy {

	static final String[] PREGNANCY_POINTS = { "BL60", "BL67", "GB21", "LI4", "LR3", "SP6", "GROUP_LOWER_ABDOMEN",
			"GROUP_SACRAL" };

	@Override
	public List<String> rules() {
		return List.of("G16", "G17", "G18");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		if (!a.isTrue("pregnant")) {
			return;
		}
		int weeks = a.integer("pregnancy_weeks").orElse(1);
		Evaluation.Firing row = a.anySelected("pregnancy_complications")
				? e.fire("G17").contributes(GENERAL, CLEARANCE).clearance()
				: e.fire("G16").contributes(GENERAL, MODIFY);
		row.codes("THERAPIST_SKILL(prenatal)")
			.capGlobal(Pressure.P3)
			.cap(e.group("legs"), Pressure.P2)
			.points(PREGNANCY_POINTS);
		if (weeks >= e.settings.pregnancyNoProneFromWeeks()) {
			row.codes("POSITION(no_prone)");
		}
		if (weeks >= e.settings.pregnancySideLyingFromWeeks()) {
			row.codes("POSITION(side_lying)", "POSITION(semi_reclined)", "POSITION(no_flat_supine)");
		}
		if (weeks <= e.settings.firstTrimesterMaxWeeks()) {
			e.fire("G18").contributes(GENERAL, e.settings.firstTrimesterLevel()).capGlobal(Pressure.P2).points("ALL");
		}
	}

}
