package dev.drift.intake;

import java.time.LocalTime;
import java.util.Optional;

import dev.drift.people.ShiftPattern;
import dev.drift.screening.Answers;
import dev.drift.people.SleepSchedule;
import tools.jackson.databind.node.ObjectNode;

/**
 * The intake's sleep-schedule answers ({@code main_sleep_start_workday},
 * {@code main_sleep_start_offday}, {@code shift_pattern}) and the profile's
 * {@link SleepSchedule} are the same data: prefill one from the other.
 */
final class SleepAnswers {

	static final String WORKDAY = "main_sleep_start_workday";

	static final String OFFDAY = "main_sleep_start_offday";

	static final String SHIFTS = "shift_pattern";

	private SleepAnswers() {
	}

	static void prefill(ObjectNode answers, SleepSchedule sleep) {
		if (sleep == null) {
			return;
		}
		answers.put(WORKDAY, sleep.workdayMainSleepStart().toString());
		answers.put(OFFDAY, sleep.offdayMainSleepStart().toString());
		answers.put(SHIFTS, sleep.shiftPattern().code());
	}

	/** The profile's schedule updated from the answers (work days kept). */
	static Optional<SleepSchedule> schedule(Answers answers, SleepSchedule current) {
		Optional<String> workday = answers.text(WORKDAY);
		Optional<String> offday = answers.text(OFFDAY);
		Optional<ShiftPattern> shifts = answers.text(SHIFTS).flatMap(ShiftPattern::fromCode);
		if (workday.isEmpty() || offday.isEmpty() || shifts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new SleepSchedule(LocalTime.parse(workday.get()), LocalTime.parse(offday.get()),
				current == null ? null : current.workdays(), shifts.get()));
	}

}
