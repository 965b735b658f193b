package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client as the API shows it.
 */
record ClientJson(UUID id, String name, String email, String phone, LocalDate dateOfBirth, String timeZone,
		Sleep sleep) {

	static ClientJson of(ClientProfile client) {
		SleepSchedule sleep = client.sleep();
		return new ClientJson(client.id().value(), client.name(), client.email(), client.phone(), client.dateOfBirth(),
				client.timeZone().getId(),
				new Sleep(sleep.workdayMainSleepStart().toString(), sleep.offdayMainSleepStart().toString(),
						sleep.workdays().stream().sorted().map(DayOfWeek::name).toList(), sleep.shiftPattern().code()));
	}

	record Sleep(String workdayMainSleepStart, String offdayMainSleepStart, List<String> workdays,
			String shiftPattern) {
	}

}
