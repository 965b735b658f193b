package dev.drift.screening;

import java.util.Set;

/**
 * Who may override which fired rule (clinical rules §0.1): URGENT never; DEFER only the
 * lead therapist, with a written reason; CLEARANCE a therapist with a written reason, for
 * non-acute items only. Non-acute clearance rules: long-standing, stable conditions
 * (kidney, liver, the DIY foot routine after an old clot, poor foot circulation); the
 * others (recent clot, heart, cancer, pregnancy complications, recent surgery, unchecked
 * lumps, severe varicose veins, foot or leg surgery) always need the clinician.
 */
public final class OverridePolicy {

	public static final Set<String> NON_ACUTE_CLEARANCE = Set.of("G10", "G11", "F04", "F08");

	private OverridePolicy() {
	}

	public enum Decision {

		ALLOWED, LEAD_ONLY, NEVER, NOT_APPLICABLE

	}

	/**
	 * Whether a fired rule of a result may be overridden, and by whom.
	 */
	public static Decision decide(RuleRow row, ScreeningResult result) {
		if (!result.triggeredRules().contains(row.id())) {
			return Decision.NOT_APPLICABLE;
		}
		if (contributes(row, Level.URGENT)) {
			return Decision.NEVER;
		}
		if (contributes(row, Level.DEFER)) {
			return Decision.LEAD_ONLY;
		}
		if (result.clearanceRules().contains(row.id())) {
			return NON_ACUTE_CLEARANCE.contains(row.id()) ? Decision.ALLOWED : Decision.NEVER;
		}
		return Decision.NOT_APPLICABLE;
	}

	public static boolean contributes(RuleRow row, Level level) {
		return row.contributions().stream().anyMatch((c) -> c.scope() == Scope.GENERAL && c.level() == level);
	}

}
