package dev.drift.selfcare;

import java.util.List;

import dev.drift.screening.Level;
import dev.drift.screening.Pressure;
import dev.drift.screening.ScreeningResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine built from the routine file and a screening result (pure): totals, the
 * condition variants of §3.1 and §3.6, caps, blocked points and avoided sides.
 */
class RoutinePlannerTests {

	static final RoutineBook BOOK = RoutineBook.standard();

	@Test
	void theVariantsAddUpTo900And620And360Seconds() {
		ScreeningResult clean = result(Level.OK, Pressure.P5, List.of(), List.of(), List.of());

		assertThat(plan("standard_15", clean).totalSeconds()).isEqualTo(900);
		assertThat(plan("short_10", clean).totalSeconds()).isEqualTo(620);
		assertThat(plan("hands_breath", clean).totalSeconds()).isEqualTo(360);
		assertThat(plan("standard_15", clean).steps()).allSatisfy((step) -> assertThat(step.modifications()).isEmpty());
	}

	@Test
	void neuropathyWashesWithoutSoakingKeepsLotionFromTheToesAndCapsTheFeetAtP2() {
		ScreeningResult f03 = result(Level.MODIFY, Pressure.P3, List.of("F03"),
				List.of("CAP(global,P3)", "CAP(left_foot,P2)", "CAP(right_foot,P2)", "DRY_BETWEEN_TOES",
						"NO_DEEP_TISSUE", "NO_LOTION_BETWEEN_TOES", "NO_SOAK", "SKIN_CHECK_FEET", "WATER_TEMP_CHECK"),
				List.of());

		Routine routine = plan("standard_15", f03);

		assertThat(step(routine, "wash").modifications()).containsExactly("DRY_BETWEEN_TOES", "NO_SOAK",
				"WATER_TEMP_CHECK");
		assertThat(step(routine, "oil").modifications()).containsExactly("NO_LOTION_BETWEEN_TOES");
		assertThat(step(routine, "arch_heel").pressureCap()).isEqualTo(Pressure.P2);
		assertThat(step(routine, "point_KI1").pressureCap()).isEqualTo(Pressure.P2);
		assertThat(step(routine, "finish").modifications()).containsExactly("CLEAN_DRY_SOCKS", "SKIN_CHECK_FEET");
		assertThat(routine.totalSeconds()).isEqualTo(900);
	}

	@Test
	void pregnancySkipsLr3AndKeepsTheLittleToeAndTheHandsFreeOfPointPressure() {
		List<String> points = List.of("BL60", "BL67", "GB21", "GROUP_LOWER_ABDOMEN", "GROUP_SACRAL", "LI4", "LR3",
				"SP6");
		ScreeningResult g16 = result(Level.MODIFY, Pressure.P3, List.of("A02", "G16"),
				List.of("NO_ESSENTIAL_OILS", "THERAPIST_SKILL(prenatal)"), points);

		Routine routine = plan("standard_15", g16);

		assertThat(routine.steps()).extracting(Routine.Step::id).doesNotContain("point_LR3").contains("point_KI1");
		assertThat(routine.totalSeconds()).isEqualTo(840);
		assertThat(step(routine, "toes").modifications()).contains("AVOID_POINTS(BL67)");
		assertThat(step(routine, "settle").modifications()).contains("SIT_SUPPORTED");
		assertThat(step(plan("hands_breath", g16), "hand_massage").modifications()).contains("AVOID_POINTS(LI4)");
		assertThat(routine.bedtime().lavender()).isFalse();
	}

	@Test
	void lavenderIsDilutedAndPatchTestedUnlessEssentialOilsAreRuledOut() {
		ScreeningResult a03 = result(Level.MODIFY, Pressure.P5, List.of("A03"), List.of("DILUTE", "PATCH_TEST"),
				List.of());
		ScreeningResult allergic = result(Level.MODIFY, Pressure.P5, List.of("A01", "A03"),
				List.of("DILUTE", "NO_ESSENTIAL_OILS", "PATCH_TEST", "UNSCENTED_MEDIUM"), List.of());

		assertThat(step(plan("standard_15", a03), "oil").modifications()).containsExactly("DILUTE", "PATCH_TEST");
		assertThat(plan("standard_15", a03).bedtime().lavender()).isTrue();
		assertThat(step(plan("standard_15", allergic), "oil").modifications()).containsExactly("NO_ESSENTIAL_OILS",
				"PATCH_TEST", "UNSCENTED_MEDIUM");
		assertThat(plan("standard_15", allergic).bedtime().lavender()).isFalse();
	}

	@Test
	void allPointsBlockedLeavesNoPointStep() {
		ScreeningResult g18 = result(Level.MODIFY, Pressure.P2, List.of("G16", "G18"), List.of(),
				List.of("ALL", "LR3"));

		assertThat(plan("standard_15", g18).steps()).extracting(Routine.Step::id)
			.noneMatch((id) -> id.startsWith("point_"));
		assertThat(plan("hands_breath", g18).totalSeconds()).isEqualTo(270);
	}

	@Test
	void anAvoidedFootIsLeftOutOfThePerFootStepsAndAnAvoidedHandOfHt7() {
		ScreeningResult leftFoot = result(Level.MODIFY, Pressure.P5, List.of("F07", "L01"),
				List.of("AVOID_AREA(left_foot)", "AVOID_AREA(right_hand)"), List.of());

		Routine routine = plan("standard_15", leftFoot);

		assertThat(step(routine, "arch_heel").sides()).containsExactly("right");
		assertThat(step(routine, "arch_heel").modifications()).containsExactly("AVOID_AREA(left_foot)");
		assertThat(step(routine, "point_HT7").sides()).containsExactly("left");
		assertThat(routine.totalSeconds()).isEqualTo(900 - 300 - 30);
	}

	@Test
	void theGateHidesTheFootStepsForUrgentDeferUnclearedClearanceAndBothFeetAvoided() {
		assertThat(RoutinePlanner.gate(result(Level.URGENT, Pressure.P5, List.of(), List.of(), List.of()), List.of())
			.reason()).isEqualTo("DIY_FOOT_LEVEL_URGENT");
		assertThat(RoutinePlanner.gate(result(Level.DEFER, Pressure.P5, List.of(), List.of(), List.of()), List.of())
			.reason()).isEqualTo("DIY_FOOT_LEVEL_DEFER");
		assertThat(RoutinePlanner
			.gate(result(Level.CLEARANCE, Pressure.P5, List.of(), List.of(), List.of()), List.of("F04"))
			.reason()).isEqualTo("CLEARANCE_NOT_RECORDED");
		assertThat(RoutinePlanner.gate(result(Level.CLEARANCE, Pressure.P5, List.of(), List.of(), List.of()), List.of())
			.footStepsAllowed()).isTrue();
		assertThat(RoutinePlanner
			.gate(result(Level.MODIFY, Pressure.P5, List.of(),
					List.of("AVOID_AREA(left_foot)", "AVOID_AREA(right_foot)"), List.of()), List.of())
			.footStepsAllowed()).isFalse();
		assertThat(RoutinePlanner.gate(null, List.of()).reason()).isEqualTo("NO_SCREENING");
	}

	private static Routine plan(String variant, ScreeningResult result) {
		return RoutinePlanner.plan(BOOK, variant, result, RoutinePlanner.gate(result, List.of()), false);
	}

	private static Routine.Step step(Routine routine, String id) {
		return routine.steps().stream().filter((s) -> s.id().equals(id)).findFirst().orElseThrow();
	}

	private static ScreeningResult result(Level diy, Pressure cap, List<String> rules, List<String> mods,
			List<String> points) {
		return new ScreeningResult(Level.OK, diy, diy, cap, rules, mods, points, false, List.of(), List.of(), false);
	}

}
