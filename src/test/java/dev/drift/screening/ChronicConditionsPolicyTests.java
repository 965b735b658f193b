package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import dev.drift.screening.Pressure;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.screen;
import static org.assertj.core.api.Assertions.assertThat;

class ChronicConditionsPolicyTests {

	@Test
	void heartConditionNeedsClearanceWithItsLimits() {
		ScreeningResult result = screen(Map.of("heart_conditions", "[\"serious_arrhythmia\"]"));
		assertThat(result.sessionLevel()).isEqualTo(Level.CLEARANCE);
		assertThat(result.pressureCap()).isEqualTo(Pressure.P3);
		assertThat(result.mustIncludeModifications()).contains("SLOW_RISE", "CAP(global,P3)", "NO_DEEP_TISSUE");
	}

	@Test
	void fistulaArmIsAvoidedButNotTheHand() {
		ScreeningResult result = screen(Map.of("kidney_disease", "true", "kidney_dialysis", "false",
				"kidney_fluid_restriction", "false", "fistula_site", "\"left_arm\""));
		assertThat(result.avoidedAreas()).containsExactly("left_arm");
		assertThat(result.clearanceRules()).containsExactly("G10");
	}

	@Test
	void kidneyDiseaseAloneFiresNothing() {
		assertThat(screen(Map.of("kidney_disease", "true", "kidney_dialysis", "false", "kidney_fluid_restriction",
				"false", "fistula_site", "\"none\""))
			.triggeredRules()).isEmpty();
	}

	@Test
	void liverDiseaseAndOsteoporosis() {
		assertThat(screen(Map.of("liver_conditions", "[\"cirrhosis\"]")).mustIncludeModifications())
			.contains("BRUISE_CHECK", "CAP(global,P2)");
		ScreeningResult bones = screen(Map.of("osteoporosis", "\"severe\""));
		assertThat(bones.areaCaps()).containsEntry("chest", Pressure.P2).hasSize(4);
		assertThat(bones.sessionLevel()).isEqualTo(Level.MODIFY);
	}

}
