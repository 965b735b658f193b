package dev.drift.outcomes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;

/**
 * The analytics groupings: each client has exactly one key in each (technique: the one in
 * most of their signed notes; minutes: the most frequent length, to the nearest of
 * 30/60/90/120; timing: the most frequent band of hours from session end to that night's
 * bedtime; drift-off: any signed session with DRIFTED_OFF or FELL_ASLEEP; sessions: how
 * many attended; adherence: routine evenings a week since the first session).
 */
public enum Grouping {

	TECHNIQUE("technique", "g_technique"), MINUTES("minutes", "g_minutes"), TIMING("timing", "g_timing"),
	DRIFT_OFF("driftOff", "g_drift_off"), SESSIONS("sessions", "g_sessions"), ADHERENCE("adherence", "g_adherence");

	private static final String MESSAGE = "by must be technique, minutes, timing, driftOff, sessions or adherence";

	private final String parameter;

	private final String column;

	Grouping(String parameter, String column) {
		this.parameter = parameter;
		this.column = column;
	}

	public String parameter() {
		return this.parameter;
	}

	String column() {
		return this.column;
	}

	/**
	 * The grouping named by the API's {@code by}; 422 {@code INVALID_GROUPING} otherwise.
	 */
	public static Grouping of(String by) {
		return Arrays.stream(values())
			.filter((g) -> g.parameter.equalsIgnoreCase((by == null) ? "" : by.strip())
					|| g.name().equalsIgnoreCase((by == null) ? "" : by.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("INVALID_GROUPING", MESSAGE,
					List.of(new FieldProblem("by", "INVALID_GROUPING", MESSAGE))));
	}

}
