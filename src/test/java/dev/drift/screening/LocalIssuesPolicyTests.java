package dev.drift.screening;

import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import dev.drift.screening.Pressure;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.drift.screening.Screen.issue;
import static dev.drift.screening.Screen.screen;
import static org.assertj.core.api.Assertions.assertThat;

class LocalIssuesPolicyTests {

	static ScreeningResult issues(String... items) {
		return screen(Map.of("local_issues", "[" + String.join(",", items) + "]"));
	}

	@Test
	void aCutAvoidsItsAreaWithoutChangingTheLevel() {
		ScreeningResult result = issues(issue("wound", "left_hand", "minor"));
		assertThat(result.sessionLevel()).isEqualTo(Level.OK);
		assertThat(result.mustIncludeModifications()).containsExactly("AVOID_AREA(left_hand)");
	}

	@Test
	void widespreadInjuryDefers() {
		assertThat(issues(issue("fresh_injury", "neck", "widespread")).sessionLevel()).isEqualTo(Level.DEFER);
		assertThat(issues(issue("fresh_injury", "neck", "severe")).sessionLevel()).isEqualTo(Level.OK);
	}

	@Test
	void systemicJointFlareAlsoFiresG19() {
		assertThat(issues(issue("inflamed_joint", "left_knee", "widespread")).triggeredRules()).containsExactly("G19",
				"L09");
	}

	@Test
	void severeVaricoseVeinsNeedClearanceAndFireF04() {
		ScreeningResult result = issues(issue("varicose_veins", "left_calf", "severe"));
		assertThat(result.triggeredRules()).containsExactly("F04", "L04");
		assertThat(result.sessionLevel()).isEqualTo(Level.CLEARANCE);
		assertThat(result.areaCaps()).containsEntry("left_calf", Pressure.P1).containsEntry("right_calf", Pressure.P2);
	}

	@Test
	void spreadingRedHotSkinIsUrgent() {
		assertThat(issues(issue("spreading_red_hot_skin", "left_arm", "minor")).sessionLevel()).isEqualTo(Level.URGENT);
		assertThat(issues(issue("contagious_skin", "face", "minor")).sessionLevel()).isEqualTo(Level.OK);
		assertThat(issues(issue("contagious_skin", "face", "severe")).sessionLevel()).isEqualTo(Level.DEFER);
	}

	@Test
	void lymphRiskCapsTheWholeLimb() {
		ScreeningResult result = issues(issue("lymph_risk", "left_arm", "minor"));
		assertThat(result.areaCaps()).containsOnlyKeys("left_arm", "left_hand");
	}

	@Test
	void skinConditionAvoidsOnlyFlaringPatchesAndBruisingSignpostsWhenWidespread() {
		assertThat(issues(issue("skin_condition", "neck", "minor")).mustIncludeModifications())
			.containsExactly("PATCH_TEST", "UNSCENTED_MEDIUM");
		assertThat(issues(issue("bruising", "chest", "widespread")).signposts()).containsExactly("L02");
		assertThat(issues(issue("unchecked_lump_or_pain", "chest", "minor")).clearanceRules()).containsExactly("G22");
		assertThat(issues(issue("burn", "chest", "severe")).sessionLevel()).isEqualTo(Level.DEFER);
		assertThat(issues(issue("device", "chest", "minor")).avoidedAreas()).containsExactly("chest");
	}

}
