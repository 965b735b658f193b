package dev.drift.questionnaires;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuestionnaireScheduleTests {

	static final LocalDate SIGNED_UP = LocalDate.of(2026, 3, 2);

	final QuestionnaireSchedule defaults = QuestionnaireSchedule.defaults();

	@Test
	void byDefaultBothAreDueAtSignUp() {
		assertThat(this.defaults.due(SIGNED_UP, Map.of(), SIGNED_UP)).containsExactly(
				new QuestionnaireDue(Instrument.ISI, SIGNED_UP), new QuestionnaireDue(Instrument.PSQI, SIGNED_UP));
	}

	@Test
	void isiFallsDueTwoWeeksAndPsqiFourWeeksAfterTheLastCompletion() {
		Map<Instrument, LocalDate> last = new EnumMap<>(Instrument.class);
		last.put(Instrument.ISI, SIGNED_UP.plusDays(1));
		last.put(Instrument.PSQI, SIGNED_UP.plusDays(1));

		assertThat(this.defaults.due(SIGNED_UP, last, SIGNED_UP.plusDays(14))).isEmpty();
		assertThat(this.defaults.due(SIGNED_UP, last, SIGNED_UP.plusDays(15)))
			.containsExactly(new QuestionnaireDue(Instrument.ISI, SIGNED_UP.plusDays(15)));
		assertThat(this.defaults.due(SIGNED_UP, last, SIGNED_UP.plusDays(40))).containsExactly(
				new QuestionnaireDue(Instrument.ISI, SIGNED_UP.plusDays(15)),
				new QuestionnaireDue(Instrument.PSQI, SIGNED_UP.plusDays(29)));
	}

	@Test
	void notAtSignUpMeansTheFirstFallsDueOneIntervalAfterSignUp() {
		QuestionnaireSchedule later = new QuestionnaireSchedule(false, 2, false, 0);

		assertThat(later.nextDue(Instrument.ISI, SIGNED_UP, null)).hasValue(SIGNED_UP.plusWeeks(2));
		assertThat(later.nextDue(Instrument.PSQI, SIGNED_UP, null)).isEmpty();
	}

	@Test
	void notRepeatedMeansOnceOnly() {
		QuestionnaireSchedule once = new QuestionnaireSchedule(true, 0, true, 0);

		assertThat(once.nextDue(Instrument.ISI, SIGNED_UP, null)).hasValue(SIGNED_UP);
		assertThat(once.nextDue(Instrument.ISI, SIGNED_UP, SIGNED_UP)).isEmpty();
	}

	@Test
	void intervalsAreZeroToFiftyTwoWeeks() {
		assertThatIllegalArgumentException().isThrownBy(() -> new QuestionnaireSchedule(true, -1, true, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> new QuestionnaireSchedule(true, 2, true, 53));
	}

}
