package dev.drift.sessions;

import java.util.ArrayList;
import java.util.List;

import dev.drift.plan.PlanTerms;
import dev.drift.screening.ScreeningResult;

/**
 * A new draft's starting content: the plan's techniques, length and aromatherapy, the
 * position the screening asks for, and nothing the screening in force rules out (a plan
 * made under an older screening loses what the new one forbids). Pure.
 */
final class Prefill {

	private Prefill() {
	}

	static NoteContent of(PlanTerms terms, ScreeningResult screening) {
		List<Technique> techniques = new ArrayList<>();
		Integer minutes = null;
		boolean aromatherapy = false;
		if (terms != null) {
			terms.techniques().forEach((t) -> techniques.add(Technique.valueOf(t.name())));
			if (terms.footAddOnMinutes() > 0) {
				techniques.add(Technique.REFLEXOLOGY);
			}
			minutes = terms.bookingMinutes();
			aromatherapy = terms.aromatherapy();
		}
		String position = null;
		if (screening != null) {
			List<String> mods = screening.mustIncludeModifications();
			position = mods.contains("POSITION(side_lying)") ? "side_lying"
					: mods.contains("POSITION(semi_reclined)") ? "semi_reclined" : null;
		}
		NoteContent draft = content(techniques, position, minutes, aromatherapy);
		if (screening == null) {
			return draft;
		}
		for (var problem : NoteRules.contradictions(draft, screening)) {
			switch (problem.field()) {
				case "objective.techniques" -> techniques.removeIf((t) -> t == Technique.DEEP_TISSUE
						|| (t == Technique.REFLEXOLOGY && problem.code().startsWith("FOOT_LEVEL")));
				case "objective.minutes" -> minutes = screening.maxMinutes().orElse(minutes);
				case "objective.aromatherapy" -> aromatherapy = false;
				default -> {
				}
			}
		}
		return content(techniques, position, minutes, aromatherapy);
	}

	private static NoteContent content(List<Technique> techniques, String position, Integer minutes,
			boolean aromatherapy) {
		return new NoteContent(null, new NoteContent.Objective(List.of(), List.copyOf(techniques), position, minutes,
				aromatherapy, List.of()), null, null);
	}

}
