package dev.drift.plan;

import java.util.ArrayList;
import java.util.List;

import dev.drift.screening.Level;
import dev.drift.screening.ScreeningResult;

/**
 * Where a plan's terms contradict a screening: each contradiction names the modification
 * (or level) it breaks. Pure; used when a therapist adjusts a plan and when a new
 * screening re-checks an active one.
 */
final class ScreeningLimits {

	private ScreeningLimits() {
	}

	static List<String> contradictions(PlanTerms terms, ScreeningResult screening) {
		List<String> broken = new ArrayList<>();
		List<String> mods = screening.mustIncludeModifications();
		if (screening.sessionLevel() == Level.DEFER || screening.sessionLevel() == Level.URGENT) {
			broken.add("SESSION_LEVEL(" + screening.sessionLevel() + ")");
		}
		if (screening.pressureCap().below(terms.pressure().max())) {
			broken.add("CAP(global," + screening.pressureCap() + ")");
		}
		if (terms.techniques().contains(Technique.DEEP_TISSUE) && mods.contains("NO_DEEP_TISSUE")) {
			broken.add("NO_DEEP_TISSUE");
		}
		screening.maxMinutes()
			.filter((max) -> terms.bookingMinutes() > max)
			.ifPresent((max) -> broken.add("MAX_MINUTES(" + max + ")"));
		if (terms.aromatherapy()) {
			mods.stream()
				.filter((m) -> m.equals("NO_ESSENTIAL_OILS") || m.equals("UNSCENTED_MEDIUM"))
				.forEach(broken::add);
		}
		if (terms.footAddOnMinutes() > 0) {
			mods.stream()
				.filter((m) -> m.equals("AVOID_AREA(left_foot)") || m.equals("AVOID_AREA(right_foot)"))
				.forEach(broken::add);
			if (screening.footLevel() != Level.OK && screening.footLevel() != Level.MODIFY) {
				broken.add("FOOT_LEVEL(" + screening.footLevel() + ")");
			}
		}
		mods.stream().filter((m) -> !terms.modifications().contains(m)).forEach(broken::add);
		return broken.stream().distinct().toList();
	}

}
