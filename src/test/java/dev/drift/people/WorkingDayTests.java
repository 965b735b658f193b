package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDayTests {

	@Test
	void aBreakSplitsTheDayIntoTwoPeriods() {
		WorkingDay day = new WorkingDay(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(20, 0),
				LocalTime.of(15, 30), LocalTime.of(16, 0));

		assertThat(day.periods()).extracting(Object::toString).containsExactly("12:00–15:30", "16:00–20:00");
	}

	@Test
	void aDayWithoutABreakIsOnePeriod() {
		WorkingDay day = new WorkingDay(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), null, null);

		assertThat(day.periods()).extracting(Object::toString).containsExactly("09:00–17:00");
	}

	@Test
	void aBreakAtTheStartLeavesOnePeriod() {
		WorkingDay day = new WorkingDay(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), LocalTime.of(9, 0),
				LocalTime.of(10, 0));

		assertThat(day.periods()).extracting(Object::toString).containsExactly("10:00–17:00");
	}

	@Test
	void hoursMustRunForwardAndBreaksStayInside() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingDay(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(9, 0), null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDay(DayOfWeek.MONDAY, LocalTime.of(9, 0),
				LocalTime.of(17, 0), LocalTime.of(16, 0), LocalTime.of(18, 0)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new WorkingDay(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), LocalTime.NOON, null));
	}

}
