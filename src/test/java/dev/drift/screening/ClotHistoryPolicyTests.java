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

class ClotHistoryPolicyTests {

	static Map<String, String> clot(int monthsAgo, String limb) {
		return Map.of("dvt_history", "true", "dvt_current", "false", "dvt_months_ago", String.valueOf(monthsAgo),
				"dvt_limb", "\"" + limb + "\"");
	}

	@Test
	void clotWithinSixMonthsNeedsClearanceAndAvoidsTheLimb() {
		ScreeningResult result = screen(clot(6, "left_arm"));
		assertThat(result.triggeredRules()).containsExactly("F04", "G05");
		assertThat(result.avoidedAreas()).containsExactly("left_arm", "left_hand");
		assertThat(result.areaCaps()).containsEntry("right_arm", Pressure.P2).containsEntry("left_foot", Pressure.P2);
		assertThat(result.diyFootLevel()).isEqualTo(Level.CLEARANCE);
	}

	@Test
	void olderClotOnlyLimitsFootWork() {
		ScreeningResult result = screen(clot(7, "left_leg"));
		assertThat(result.triggeredRules()).containsExactly("F04");
		assertThat(result.sessionLevel()).isEqualTo(Level.OK);
		assertThat(result.footLevel()).isEqualTo(Level.MODIFY);
		assertThat(result.diyFootLevel()).isEqualTo(Level.CLEARANCE);
	}

	@Test
	void theClinicsWindowDecides() {
		assertThat(screen(with(clot(9, "lung_only")), defaults().withWindows(12, 6)).triggeredRules()).contains("G05");
	}

	@Test
	void lungOnlyAvoidsNoLimb() {
		assertThat(screen(clot(2, "lung_only")).avoidedAreas()).isEmpty();
	}

}
