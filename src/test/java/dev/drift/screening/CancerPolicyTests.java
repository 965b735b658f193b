package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import dev.drift.screening.Pressure;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.screen;
import static org.assertj.core.api.Assertions.assertThat;

class CancerPolicyTests {

	@Test
	void treatmentNowNeedsAnOncologyTherapistAndClearance() {
		ScreeningResult result = screen(
				Map.of("cancer_status", "\"in_treatment\"", "cancer_treatments", "[\"chemotherapy\"]",
						"oncology_max_minutes", "30", "cancer_bone_spread", "false", "cancer_low_counts", "false"));
		assertThat(result.triggeredRules()).containsExactly("A02", "G12");
		assertThat(result.requiredSkills()).containsExactly("oncology");
		assertThat(result.mustIncludeModifications()).contains("MAX_MINUTES(30)", "UNSCENTED_MEDIUM");
	}

	@Test
	void lowCountsTodayDeferButStillAskForClearance() {
		ScreeningResult result = screen(Map.of("cancer_status", "\"active_no_treatment\"", "cancer_bone_spread",
				"false", "cancer_low_counts", "true", "cancer_low_counts_today", "true"));
		assertThat(result.sessionLevel()).isEqualTo(Level.DEFER);
		assertThat(result.clearanceRules()).containsExactly("G12", "G13");
		assertThat(result.pressureCap()).isEqualTo(Pressure.P1);
	}

	@Test
	void boneAreasAreCappedAtP1() {
		ScreeningResult result = screen(Map.of("cancer_status", "\"active_no_treatment\"", "cancer_bone_spread", "true",
				"cancer_bone_areas", "[\"lower_back\"]", "cancer_low_counts", "false"));
		assertThat(result.areaCaps()).containsExactly(Map.entry("lower_back", Pressure.P1));
		assertThat(result.sessionLevel()).isEqualTo(Level.CLEARANCE);
	}

	@Test
	void finishedTreatmentModifies() {
		assertThat(screen(Map.of("cancer_status", "\"treatment_finished\"")).triggeredRules()).containsExactly("G14");
	}

}
