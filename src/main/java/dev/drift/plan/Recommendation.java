package dev.drift.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.drift.screening.Level;
import dev.drift.screening.Pressure;

/**
 * A recommended session type and course (plan-recommendation.md §3): the 18 output
 * fields, named as the spec names them. A blocked recommendation has only {@code blocked}
 * and {@code sessionLevel}; its lists are empty and everything else null (P04).
 */
public record Recommendation(boolean blocked, Level sessionLevel, String profile, List<Technique> techniques,
		PressureRange pressure, Integer minutes, Integer footAddOnMinutes, Boolean aromatherapy, Boolean sleepFocus,
		String requiredSkill, String phase, Integer sessionsPerWeek, Integer weeks, Integer reviewAtSession,
		Maintenance maintenance, List<String> signposts, List<String> modifications, List<String> reasons) {

	public Recommendation {
		techniques = List.copyOf(techniques);
		signposts = List.copyOf(signposts);
		modifications = List.copyOf(modifications);
		reasons = List.copyOf(reasons);
	}

	static Recommendation blockedAt(Level sessionLevel) {
		return new Recommendation(true, sessionLevel, null, List.of(), null, null, null, null, null, null, null, null,
				null, null, null, List.of(), List.of(), List.of());
	}

	/** Minutes the booking lasts: the massage plus the foot add-on (W03). */
	public int bookingMinutes() {
		return (this.minutes == null ? 0 : this.minutes) + (this.footAddOnMinutes == null ? 0 : this.footAddOnMinutes);
	}

	/** Whole-body pressure: where the session starts and what it never exceeds (P15). */
	public record PressureRange(@JsonProperty("default") Pressure start, Pressure max) {
	}

	/** Follow-up rhythm after phase A or a single session (P28). */
	public record Maintenance(int everyWeeks, int thenEveryWeeks) {

		static final Maintenance STANDARD = new Maintenance(2, 4);

	}

}
