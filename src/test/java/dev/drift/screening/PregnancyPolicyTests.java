package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import dev.drift.screening.Pressure;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.defaults;
import static dev.drift.screening.Screen.screen;
import static dev.drift.screening.Screen.with;
import static org.assertj.core.api.Assertions.assertThat;

class PregnancyPolicyTests {

	static Map<String, String> pregnant(int weeks, String complications) {
		return Map.of("pregnant", "true", "pregnancy_weeks", String.valueOf(weeks), "pregnancy_complications",
				complications);
	}

	@Test
	void week24IsSideLyingWithThePregnancySet() {
		ScreeningResult result = screen(pregnant(24, "[]"));
		assertThat(result.sessionLevel()).isEqualTo(Level.MODIFY);
		assertThat(result.requiredSkills()).containsExactly("prenatal");
		assertThat(result.mustIncludeModifications()).contains("POSITION(no_prone)", "POSITION(side_lying)",
				"POSITION(semi_reclined)", "POSITION(no_flat_supine)", "CAP(global,P3)", "CAP(left_calf,P2)");
		assertThat(result.blockedPoints()).hasSize(8);
	}

	@Test
	void week14HasNoProneOnly() {
		assertThat(screen(pregnant(14, "[]")).mustIncludeModifications()).contains("POSITION(no_prone)")
			.doesNotContain("POSITION(side_lying)");
	}

	@Test
	void firstTrimesterFollowsTheClinicsPolicy() {
		ScreeningResult modify = screen(pregnant(13, "[]"));
		assertThat(modify.triggeredRules()).contains("G16", "G18");
		assertThat(modify.blockedPoints()).contains("ALL");
		assertThat(modify.pressureCap()).isEqualTo(Pressure.P2);
		assertThat(screen(with(pregnant(13, "[]")), defaults().withFirstTrimesterLevel(Level.DEFER)).sessionLevel())
			.isEqualTo(Level.DEFER);
	}

	@Test
	void aComplicationNeedsClearance() {
		ScreeningResult result = screen(pregnant(30, "[\"bleeding\"]"));
		assertThat(result.triggeredRules()).containsExactly("A02", "G17");
		assertThat(result.clearanceRules()).containsExactly("G17");
	}

}
