package dev.drift.selfcare;

import java.util.List;

import dev.drift.screening.Level;
import dev.drift.screening.Pressure;

/**
 * A client's routine for tonight, as the API and the player see it: the variant, its
 * total seconds (per-foot and per-side steps counted once per foot or wrist), whether the
 * foot steps are shown, the gate that decided it, the steps with the condition variants
 * applied, and the screening's blocked points (none of which appears as a step).
 *
 * @param routine the routine file's id ({@code diy_foot_v1})
 * @param version the routine file's version
 * @param variant {@code standard_15}, {@code short_10} or {@code hands_breath}
 * @param totalSeconds the whole routine in seconds
 * @param footStepsShown whether the foot steps are part of it (the gate allowed them)
 * @param gate the DIY foot level and why the foot steps are shown or hidden
 * @param steps the steps in order
 * @param blockedPoints acupressure tokens the screening blocks
 * @param allowedVariants the variants the gate allows tonight
 * @param bedtime how the routine closes (§3.3)
 */
public record Routine(String routine, String version, String variant, int totalSeconds, boolean footStepsShown,
		Gate gate, List<Step> steps, List<String> blockedPoints, List<String> allowedVariants, Bedtime bedtime) {

	public Routine {
		steps = List.copyOf(steps);
		blockedPoints = List.copyOf(blockedPoints);
		allowedVariants = List.copyOf(allowedVariants);
	}

	/**
	 * The gate (§3.0).
	 *
	 * @param diyFootLevel the latest screening's DIY foot level, {@code null} without one
	 * @param reason {@code FOOT_STEPS_ALLOWED}, {@code CLEARED} (a clearance was
	 * recorded), {@code DIY_FOOT_LEVEL_URGENT}, {@code DIY_FOOT_LEVEL_DEFER},
	 * {@code CLEARANCE_NOT_RECORDED}, {@code BOTH_FEET_AVOIDED} or {@code NO_SCREENING}
	 */
	public record Gate(Level diyFootLevel, String reason) {

		public boolean footStepsAllowed() {
			return "FOOT_STEPS_ALLOWED".equals(this.reason) || "CLEARED".equals(this.reason);
		}

	}

	/**
	 * One step.
	 *
	 * @param id the step's id, e.g. {@code point_KI1}
	 * @param seconds per foot for a per-foot step, per wrist for a per-side step
	 * @param perFoot runs once per foot (left, then right)
	 * @param perSide runs once per wrist (left, then right)
	 * @param sides the feet or wrists it runs on ({@code left}, {@code right}), empty for
	 * a step done once
	 * @param modifications condition variants (the screening's codes, e.g.
	 * {@code NO_SOAK}, {@code AVOID_AREA(left_foot)}, {@code AVOID_POINTS(BL67)})
	 * @param pressureCap the most pressure allowed, {@code null} when nothing caps it
	 * @param point the acupressure point of a point step, else {@code null}
	 * @param figure the figure that shows where ({@code sole}, {@code top_of_foot},
	 * {@code inner_wrist}), else {@code null}
	 */
	public record Step(String id, int seconds, boolean perFoot, boolean perSide, List<String> sides,
			List<String> modifications, Pressure pressureCap, String point, String figure) {

		public Step {
			sides = List.copyOf(sides);
			modifications = List.copyOf(modifications);
		}

		/** The step's share of the total: once per side where it has sides. */
		public int totalSeconds() {
			return this.seconds * Math.max(1, this.sides.size());
		}

	}

	/**
	 * The bedtime combination (§3.3) that closes the routine.
	 *
	 * @param lavender lavender may be suggested (the screening does not rule out
	 * essential oils)
	 * @param darkRoom the main sleep falls in the day: add the dark-room advice
	 */
	public record Bedtime(boolean lavender, boolean darkRoom) {
	}

}
