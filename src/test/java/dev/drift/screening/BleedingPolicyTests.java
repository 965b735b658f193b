package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.screen;
import static org.assertj.core.api.Assertions.assertThat;

class BleedingPolicyTests {

	@Test
	void bloodThinnersCapEverythingAndTheFeet() {
		ScreeningResult result = screen(Map.of("anticoagulants", "true"));
		assertThat(result.triggeredRules()).containsExactly("F05", "G15");
		assertThat(result.mustIncludeModifications()).containsExactly("BRUISE_CHECK", "CAP(global,P2)",
				"NO_DEEP_TISSUE", "NO_PERCUSSION");
		assertThat(result.footLevel()).isEqualTo(Level.MODIFY);
	}

}
