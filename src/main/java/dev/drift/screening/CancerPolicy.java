package dev.drift.screening;

import java.util.List;

import static dev.drift.screening.Level.CLEARANCE;
import static dev.drift.screening.Level.DEFER;
import static dev.drift.screening.Level.MODIFY;
import static dev.drift.screening.Scope.GENERAL;

/**
 * Cancer: active or in treatment needs clearance and an oncology-trained therapist (G12);
 * spread to bone or very low counts adds P1 caps, and defers when counts are low today
 * (G13, always a clearance); finished treatment is a modified session (G14).
 */
final class CancerPolicy implements ScreeningPolicy {

	@Override
	public List<String> rules() {
		return List.of("G12", "G13", "G14");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		if (a.textIs("cancer_status", "active_no_treatment", "in_treatment")) {
			Evaluation.Firing g12 = e.fire("G12")
				.contributes(GENERAL, CLEARANCE)
				.clearance()
				.codes("THERAPIST_SKILL(oncology)", "NO_DEEP_TISSUE", "UNSCENTED_MEDIUM")
				.capGlobal(Pressure.P2)
				.avoid(a.selected("cancer_affected_areas"));
			a.integer("oncology_max_minutes").ifPresent(g12::maxMinutes);
		}
		boolean boneSpread = a.isTrue("cancer_bone_spread");
		boolean lowCounts = a.isTrue("cancer_low_counts");
		if (boneSpread || lowCounts) {
			Evaluation.Firing g13 = e.fire("G13")
				.contributes(GENERAL, a.isTrue("cancer_low_counts_today") ? DEFER : CLEARANCE)
				.clearance();
			if (boneSpread) {
				List<String> boneAreas = a.selected("cancer_bone_areas");
				g13.cap(boneAreas, Pressure.P1);
				if (boneAreas.isEmpty()) {
					g13.capGlobal(Pressure.P1);
				}
			}
			if (lowCounts) {
				g13.capGlobal(Pressure.P1);
			}
		}
		if (a.textIs("cancer_status", "treatment_finished")) {
			e.fire("G14").contributes(GENERAL, MODIFY);
		}
	}

}
