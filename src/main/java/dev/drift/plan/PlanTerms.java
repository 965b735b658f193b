package dev.drift.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.drift.plan.Recommendation.PressureRange;

/**
 * What the therapist does under a plan: the recommendation's session and course, as
 * adjusted. The modifications always include every one the screening makes mandatory.
 */
public record PlanTerms(List<Technique> techniques, PressureRange pressure, int minutes, int footAddOnMinutes,
		boolean aromatherapy, String phase, Integer sessionsPerWeek, Integer weeks, Integer reviewAtSession,
		List<String> modifications) {

	public PlanTerms {
		techniques = techniques.stream().distinct().sorted((a, b) -> a.name().compareTo(b.name())).toList();
		modifications = modifications.stream().distinct().sorted().toList();
	}

	static PlanTerms of(Recommendation r) {
		return new PlanTerms(r.techniques(), r.pressure(), r.minutes(), r.footAddOnMinutes(), r.aromatherapy(),
				r.phase(), r.sessionsPerWeek(), r.weeks(), r.reviewAtSession(), r.modifications());
	}

	/** The booking's whole length: massage plus foot add-on (W03). */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public int bookingMinutes() {
		return this.minutes + this.footAddOnMinutes;
	}

	/** Sessions in the phase-A course, or 1 for a single session. */
	int courseSessions() {
		return "A".equals(this.phase) ? this.sessionsPerWeek * this.weeks : 1;
	}

	/**
	 * These terms with the given adjustments applied (absent fields stay as they are); a
	 * course's review stays at its last session.
	 */
	PlanTerms with(Adjustments a) {
		boolean course = "A".equals(this.phase);
		Integer perWeek = course && a.sessionsPerWeek() != null ? a.sessionsPerWeek() : this.sessionsPerWeek;
		Integer courseWeeks = course && a.weeks() != null ? a.weeks() : this.weeks;
		return new PlanTerms(or(a.techniques(), this.techniques), or(a.pressure(), this.pressure),
				or(a.minutes(), this.minutes), or(a.footAddOnMinutes(), this.footAddOnMinutes),
				or(a.aromatherapy(), this.aromatherapy), this.phase, perWeek, courseWeeks,
				course ? Integer.valueOf(perWeek * courseWeeks) : null, or(a.modifications(), this.modifications));
	}

	private static <T> T or(T adjusted, T current) {
		return adjusted != null ? adjusted : current;
	}

}
