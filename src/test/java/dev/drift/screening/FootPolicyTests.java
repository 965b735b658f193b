package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.issue;
import static dev.drift.screening.Screen.screen;
import static org.assertj.core.api.Assertions.assertThat;

class FootPolicyTests {

	@Test
	void inflamedLegDefersFootWorkOnlyAndSignposts() {
		ScreeningResult result = screen(
				Map.of("foot_leg_inflamed", "true", "foot_leg_inflamed_one_side_calf_pain", "false"));
		assertThat(result.sessionLevel()).isEqualTo(Level.OK);
		assertThat(result.footLevel()).isEqualTo(Level.DEFER);
		assertThat(result.signposts()).containsExactly("F01");
		assertThat(result.avoidedAreas()).hasSize(10);
	}

	@Test
	void oneSidedCalfPainIsASuspectedClot() {
		assertThat(screen(Map.of("foot_leg_inflamed", "true", "foot_leg_inflamed_one_side_calf_pain", "true",
				"clot_emergency_signs", "false"))
			.triggeredRules()).containsExactly("F01", "G03");
	}

	@Test
	void diabetesWithAndWithoutNeuropathy() {
		assertThat(screen(Map.of("diabetes", "true")).triggeredRules()).containsExactly("F02");
		ScreeningResult neuropathy = screen(Map.of("diabetes", "true", "neuropathy", "true"));
		assertThat(neuropathy.triggeredRules()).containsExactly("F03");
		assertThat(neuropathy.diyFootLevel()).isEqualTo(Level.MODIFY);
		assertThat(neuropathy.areaCaps()).containsOnlyKeys("left_foot", "right_foot");
	}

	@Test
	void minorFootWoundWithoutDiabetesModifiesOtherwiseDefers() {
		String wound = "[" + issue("wound", "left_foot", "minor") + "]";
		assertThat(screen(Map.of("local_issues", wound)).footLevel()).isEqualTo(Level.MODIFY);
		ScreeningResult diabetic = screen(Map.of("local_issues", wound, "diabetes", "true"));
		assertThat(diabetic.footLevel()).isEqualTo(Level.DEFER);
		assertThat(diabetic.signposts()).containsExactly("F07");
	}

	@Test
	void poorCirculationNeedsClearanceForFootWork() {
		ScreeningResult result = screen(Map.of("foot_circulation", "true"));
		assertThat(result.footLevel()).isEqualTo(Level.CLEARANCE);
		assertThat(result.sessionLevel()).isEqualTo(Level.OK);
	}

}
