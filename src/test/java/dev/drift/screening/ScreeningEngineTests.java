package dev.drift.screening;

import dev.drift.screening.ScreeningEngine;
import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import dev.drift.screening.AcutePolicy;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.issue;
import static dev.drift.screening.Screen.screen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ScreeningEngineTests {

	@Test
	void thePreferenceAloneLowersTheGlobalCap() {
		ScreeningResult result = screen(Map.of("pressure_preference", "\"P3\""));
		assertThat(result.mustIncludeModifications()).containsExactly("CAP(global,P3)", "NO_DEEP_TISSUE");
		assertThat(result.sessionLevel()).isEqualTo(Level.OK);
		assertThat(screen(Map.of("pressure_preference", "\"P4\"")).mustIncludeModifications())
			.containsExactly("CAP(global,P4)");
	}

	@Test
	void areaCapsEqualToTheGlobalCapAreLeftOutAndAvoidedAreasGetNoCap() {
		ScreeningResult result = screen(Map.of("pressure_preference", "\"P2\"", "local_issues",
				"[" + issue("lymph_risk", "left_arm", "minor") + "," + issue("wound", "left_hand", "minor") + "]"));
		assertThat(result.mustIncludeModifications()).containsExactly("AVOID_AREA(left_hand)", "CAP(global,P2)",
				"NO_DEEP_TISSUE");
	}

	@Test
	void levelsCarryDownFromSessionToFootToDiy() {
		ScreeningResult result = screen(Map.of("contagious_illness", "true", "diy_lavender", "true"));
		assertThat(result.footLevel()).isEqualTo(Level.DEFER);
		assertThat(result.diyFootLevel()).isEqualTo(Level.DEFER);
	}

	@Test
	void refusesToStartWhenARuleRowHasNoPolicy() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ScreeningEngine(Screen.QUESTIONNAIRE, java.util.List.of(new AcutePolicy())));
	}

	@Test
	void everyRowOfTheFileIsLoaded() {
		assertThat(Screen.QUESTIONNAIRE.rules()).hasSize(47);
		assertThat(Screen.QUESTIONNAIRE.bodyAreas()).hasSize(23);
		assertThat(Screen.QUESTIONNAIRE.sections()).hasSize(11);
		assertThat(Screen.QUESTIONNAIRE.ruleSetVersion()).isEqualTo("1.0.0");
	}

}
