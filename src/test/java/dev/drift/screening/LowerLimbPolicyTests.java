package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.defaults;
import static dev.drift.screening.Screen.issue;
import static dev.drift.screening.Screen.screen;
import static dev.drift.screening.Screen.with;
import static org.assertj.core.api.Assertions.assertThat;

class LowerLimbPolicyTests {

	static Map<String, String> surgery(int weeks, String site, boolean healed) {
		return Map.of("surgery_last_12_months", "true", "recent_surgery_weeks", String.valueOf(weeks), "surgery_site",
				"[\"" + site + "\"]", "surgery_wound_healed", String.valueOf(healed));
	}

	@Test
	void surgerySixWeeksAgoNeedsClearanceSevenDoesNot() {
		assertThat(screen(surgery(6, "abdomen", true)).triggeredRules()).containsExactly("G20");
		assertThat(screen(surgery(7, "abdomen", true)).triggeredRules()).isEmpty();
		assertThat(screen(surgery(20, "abdomen", false)).triggeredRules()).containsExactly("G20");
	}

	@Test
	void kneeSurgeryBlocksTheWholeLeg() {
		ScreeningResult result = screen(surgery(3, "right_knee", true));
		assertThat(result.triggeredRules()).containsExactly("F06", "G20");
		assertThat(result.avoidedAreas()).contains("right_foot", "right_thigh").doesNotContain("left_foot");
		assertThat(result.footLevel()).isEqualTo(Level.CLEARANCE);
	}

	@Test
	void unhealedFractureOnTheLegFiresF06() {
		assertThat(screen(Map.of("local_issues", "[" + issue("unhealed_fracture", "left_ankle", "minor") + "]"))
			.triggeredRules()).containsExactly("F06", "G19");
	}

	@Test
	void theClinicsWeeksDecide() {
		assertThat(screen(with(surgery(8, "abdomen", true)), defaults().withWindows(6, 8)).triggeredRules())
			.containsExactly("G20");
	}

}
