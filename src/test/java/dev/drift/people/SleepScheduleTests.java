package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SleepScheduleTests {

	final SleepSchedule nightWorker = new SleepSchedule(LocalTime.of(9, 0), LocalTime.of(23, 30),
			EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), ShiftPattern.NIGHT);

	@Test
	void aWorkDayUsesTheWorkDayMainSleepStart() {
		assertThat(this.nightWorker.mainSleepStartOn(LocalDate.of(2026, 11, 23))).isEqualTo(LocalTime.of(9, 0));
	}

	@Test
	void aDayOffUsesTheDayOffMainSleepStart() {
		assertThat(this.nightWorker.mainSleepStartOn(LocalDate.of(2026, 11, 25))).isEqualTo(LocalTime.of(23, 30));
	}

	@Test
	void workdaysSurviveTheirStoredForm() {
		String column = this.nightWorker.workdaysColumn();

		assertThat(column).isEqualTo("MONDAY,TUESDAY");
		assertThat(SleepSchedule.workdaysFromColumn(column)).isEqualTo(this.nightWorker.workdays());
		assertThat(SleepSchedule.workdaysFromColumn("")).isEmpty();
	}

	@Test
	void noWorkDaysMeansEveryDayIsADayOff() {
		SleepSchedule retired = new SleepSchedule(LocalTime.of(22, 0), LocalTime.of(23, 0), Set.of(),
				ShiftPattern.NO_SHIFTS);

		assertThat(retired.mainSleepStartOn(LocalDate.of(2026, 11, 23))).isEqualTo(LocalTime.of(23, 0));
	}

	@Test
	void aScheduleNeedsBothTimesAndAPattern() {
		assertThatNullPointerException()
			.isThrownBy(() -> new SleepSchedule(null, LocalTime.NOON, Set.of(), ShiftPattern.EARLY));
		assertThatNullPointerException()
			.isThrownBy(() -> new SleepSchedule(LocalTime.NOON, LocalTime.NOON, Set.of(), null));
	}

	@Test
	void shiftPatternsUseTheQuestionnaireValues() {
		assertThat(ShiftPattern.NO_SHIFTS.code()).isEqualTo("no_shifts");
		assertThat(ShiftPattern.fromCode("night")).hasValue(ShiftPattern.NIGHT);
		assertThat(ShiftPattern.fromCode("NIGHT")).isEmpty();
	}

	@Test
	void theClinicTimeoutStaysWithinSensibleBounds() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClinicSettings(4, false));
		assertThatIllegalArgumentException().isThrownBy(() -> new ClinicSettings(721, false));
		assertThat(ClinicSettings.defaults().inactivityTimeoutMinutes()).isEqualTo(30);
	}

}
