package dev.drift.sessions;

import java.util.List;

import dev.drift.screening.Level;
import dev.drift.screening.Pressure;
import dev.drift.screening.ScreeningResult;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules a note keeps, without the application: each contradiction of the screening
 * names the field and the modification; signing needs every mandatory modification
 * confirmed.
 */
class NoteRulesTests {

	static ScreeningResult screening(Pressure cap, Level foot, String... modifications) {
		return new ScreeningResult(Level.MODIFY, foot, Level.OK, cap, List.of(), List.of(modifications), List.of(),
				false, List.of(), List.of(), false);
	}

	static NoteContent note(List<NoteContent.Area> areas, List<Technique> techniques, String position, Integer minutes,
			boolean oils, List<String> confirmed) {
		return new NoteContent(null, new NoteContent.Objective(areas, techniques, position, minutes, oils, confirmed),
				new NoteContent.Assessment(DriftOff.DROWSY, null, null), null);
	}

	@Test
	void moreMinutesThanMaxMinutesNamesTheMinutesAndTheLimit() {
		List<FieldProblem> broken = NoteRules.contradictions(
				note(List.of(), List.of(Technique.SWEDISH), null, 45, false, List.of()),
				screening(Pressure.P5, Level.OK, "MAX_MINUTES(30)"));

		assertThat(broken).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("objective.minutes", "MAX_MINUTES(30)"));
	}

	@Test
	void pressureAboveAnAreaCapNamesTheArea() {
		List<FieldProblem> broken = NoteRules.contradictions(
				note(List.of(new NoteContent.Area("neck", Pressure.P3), new NoteContent.Area("left_arm", Pressure.P2)),
						List.of(), null, 30, false, List.of()),
				screening(Pressure.P4, Level.OK, "CAP(global,P4)", "CAP(left_arm,P1)"));

		assertThat(broken).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("objective.areas[1].pressure", "CAP(left_arm,P1)"));
	}

	@Test
	void deepTissueUnderACapBelowP4IsRefusedEvenWithoutTheCode() {
		assertThat(NoteRules.contradictions(note(List.of(), List.of(Technique.DEEP_TISSUE), null, 30, false, List.of()),
				screening(Pressure.P3, Level.OK, "CAP(global,P3)")))
			.extracting(FieldProblem::code)
			.containsExactly("CAP(global,P3)");
	}

	@Test
	void aRuledOutPositionAndReflexologyOnFeetThatMayNotBeTreatedAreRefused() {
		assertThat(
				NoteRules.contradictions(note(List.of(), List.of(Technique.REFLEXOLOGY), "prone", 30, false, List.of()),
						screening(Pressure.P5, Level.DEFER, "POSITION(no_prone)")))
			.extracting(FieldProblem::code)
			.containsExactly("POSITION(no_prone)", "FOOT_LEVEL(DEFER)");
	}

	@Test
	void anUnconfirmedMandatoryModificationBlocksSigning() {
		NoteContent note = note(List.of(), List.of(), null, 30, false, List.of("SLOW_RISE"));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> NoteRules.requireSignable(note, List.of("SLOW_RISE", "NO_DEEP_TISSUE")))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("NOTE_INCOMPLETE");
				assertThat(ex.problems()).extracting(FieldProblem::code).containsExactly("UNCONFIRMED(NO_DEEP_TISSUE)");
			});
	}

	@Test
	void aDraftPrefilledFromAPlanLosesWhatTheNewerScreeningRulesOut() {
		dev.drift.plan.PlanTerms terms = new dev.drift.plan.PlanTerms(
				List.of(dev.drift.plan.Technique.DEEP_TISSUE, dev.drift.plan.Technique.SWEDISH),
				new dev.drift.plan.Recommendation.PressureRange(Pressure.P3, Pressure.P5), 60, 0, true, "A", 1, 6, 6,
				List.of());

		NoteContent prefill = Prefill.of(terms, screening(Pressure.P2, Level.OK, "CAP(global,P2)", "NO_DEEP_TISSUE",
				"NO_ESSENTIAL_OILS", "MAX_MINUTES(45)", "POSITION(side_lying)"));

		assertThat(prefill.objective().techniques()).containsExactly(Technique.SWEDISH);
		assertThat(prefill.objective().minutes()).isEqualTo(45);
		assertThat(prefill.objective().aromatherapy()).isFalse();
		assertThat(prefill.objective().position()).isEqualTo("side_lying");
	}

}
