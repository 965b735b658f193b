package dev.drift.plan;

import java.util.List;

import dev.drift.plan.Recommendation.PressureRange;
import dev.drift.screening.Pressure;

/**
 * The adjust form as posted: every field of the terms a therapist may change, and why.
 */
record AdjustForm(List<Technique> techniques, Pressure pressureStart, Pressure pressureMax, Integer minutes,
		Integer footAddOnMinutes, Boolean aromatherapy, Integer sessionsPerWeek, Integer weeks, String reason) {

	static AdjustForm of(PlanTerms terms) {
		return new AdjustForm(terms.techniques(), terms.pressure().start(), terms.pressure().max(), terms.minutes(),
				terms.footAddOnMinutes(), terms.aromatherapy(), terms.sessionsPerWeek(), terms.weeks(), "");
	}

	Adjustments adjustments() {
		return new Adjustments(this.techniques == null ? List.of() : this.techniques,
				this.pressureStart == null || this.pressureMax == null ? null
						: new PressureRange(this.pressureStart, this.pressureMax),
				this.minutes, this.footAddOnMinutes, Boolean.TRUE.equals(this.aromatherapy), this.sessionsPerWeek,
				this.weeks, null);
	}

}
