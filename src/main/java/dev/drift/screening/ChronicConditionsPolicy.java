package dev.drift.screening;

import java.util.List;

import static dev.drift.screening.Level.CLEARANCE;
import static dev.drift.screening.Level.MODIFY;
import static dev.drift.screening.Scope.GENERAL;

/**
 * Long-standing conditions with fixed limits: heart conditions (G09), kidney disease with
 * dialysis, fluid restriction or a fistula (G10), liver disease (G11), severe
 * osteoporosis or a fragility fracture (G21).
 */
final class ChronicConditionsPolicy implements ScreeningPolicy {

	@Override
	public List<String> rules() {
		return List.of("G09", "G10", "G11", "G21");
	}

	@Override
	public void apply(Evaluation e) {
		Answers a = e.answers;
		if (a.anySelected("heart_conditions")) {
			e.fire("G09").contributes(GENERAL, CLEARANCE).clearance().capGlobal(Pressure.P3).codes("SLOW_RISE");
		}
		String fistula = a.text("fistula_site").orElse("none");
		if (a.isTrue("kidney_disease")
				&& (a.isTrue("kidney_dialysis") || a.isTrue("kidney_fluid_restriction") || !"none".equals(fistula))) {
			Evaluation.Firing g10 = e.fire("G10").contributes(GENERAL, CLEARANCE).clearance().capGlobal(Pressure.P2);
			if (!"none".equals(fistula)) {
				g10.avoid(List.of(fistula));
			}
		}
		if (a.anySelected("liver_conditions")) {
			e.fire("G11").contributes(GENERAL, CLEARANCE).clearance().capGlobal(Pressure.P2).codes("BRUISE_CHECK");
		}
		if (a.textIs("osteoporosis", "severe") || a.isTrue("fragility_fracture")) {
			e.fire("G21").contributes(GENERAL, MODIFY).capGlobal(Pressure.P3).cap(e.group("spine_ribs"), Pressure.P2);
		}
	}

}
