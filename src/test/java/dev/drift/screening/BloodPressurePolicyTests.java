package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import dev.drift.screening.RuleSettings;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.defaults;
import static dev.drift.screening.Screen.screen;
import static dev.drift.screening.Screen.with;
import static org.assertj.core.api.Assertions.assertThat;

class BloodPressurePolicyTests {

	@Test
	void eitherNumberAtTheDeferLineDefersAndAsksForClearance() {
		ScreeningResult result = screen(Map.of("bp_status", "\"unsure\"", "bp_systolic", "130", "bp_diastolic", "100",
				"bp_severe_symptoms", "false"));
		assertThat(result.sessionLevel()).isEqualTo(Level.DEFER);
		assertThat(result.clearanceRules()).containsExactly("G06");
	}

	@Test
	void readingAtTheUrgentLineFiresBothRowsWithoutEmergency() {
		ScreeningResult result = screen(Map.of("bp_systolic", "180", "bp_severe_symptoms", "false"));
		assertThat(result.triggeredRules()).containsExactly("G06", "G07");
		assertThat(result.sessionLevel()).isEqualTo(Level.URGENT);
		assertThat(result.emergency()).isFalse();
	}

	@Test
	void severeSymptomsAreAnEmergency() {
		ScreeningResult result = screen(Map.of("bp_status", "\"controlled\"", "bp_severe_symptoms", "true"));
		assertThat(result.emergency()).isTrue();
		assertThat(result.triggeredRules()).containsExactly("G07", "G08");
	}

	@Test
	void controlledBelowTheLineModifies() {
		ScreeningResult result = screen(
				Map.of("bp_status", "\"controlled\"", "bp_systolic", "150", "bp_severe_symptoms", "false"));
		assertThat(result.sessionLevel()).isEqualTo(Level.MODIFY);
		assertThat(result.mustIncludeModifications()).containsExactly("NO_PERCUSSION", "SLOW_RISE");
	}

	@Test
	void theClinicsLineMovesTheThreshold() {
		RuleSettings stricter = defaults().withBloodPressure(150, 95, 180, 120);
		var answers = with(Map.of("bp_status", "\"controlled\"", "bp_systolic", "150", "bp_severe_symptoms", "false"));
		assertThat(screen(answers, stricter).triggeredRules()).containsExactly("G06");
		assertThat(screen(answers, defaults()).triggeredRules()).containsExactly("G08");
	}

}
