package dev.drift.plan;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of plan-recommendation.md §8, including windows that cross midnight (W02).
 */
class SessionWindowTests {

	@ParameterizedTest(name = "sleep at {0}, {1} min: ends {2}–{3}, starts {4}–{5}")
	@CsvSource({ "22:30, 60, 18:30, 20:30, 17:30, 19:30", "22:30, 90, 18:30, 20:30, 17:00, 19:00",
			"21:30, 120, 17:30, 19:30, 15:30, 17:30", "00:30, 60, 20:30, 22:30, 19:30, 21:30",
			"09:00, 60, 05:00, 07:00, 04:00, 06:00", "01:00, 90, 21:00, 23:00, 19:30, 21:30",
			"03:15, 30, 23:15, 01:15, 22:45, 00:45", "00:00, 60, 20:00, 22:00, 19:00, 21:00" })
	void theSessionEndsTwoToFourHoursBeforeSleep(LocalTime sleep, int minutes, LocalTime endFrom, LocalTime endTo,
			LocalTime startFrom, LocalTime startTo) {
		assertThat(SessionWindow.of(sleep, minutes)).isEqualTo(new SessionWindow(endFrom, endTo, startFrom, startTo));
	}

}
