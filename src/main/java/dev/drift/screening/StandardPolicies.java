package dev.drift.screening;

import java.util.List;

/**
 * The named policies of rule set 1.x in evaluation order (a row that depends on another
 * comes after it).
 */
final class StandardPolicies {

	private StandardPolicies() {
	}

	static List<ScreeningPolicy> all() {
		return List.of(new AcutePolicy(), new BloodPressurePolicy(), new ClotHistoryPolicy(),
				new ChronicConditionsPolicy(), new CancerPolicy(), new BleedingPolicy(), new PregnancyPolicy(),
				new LocalIssuesPolicy(), new LowerLimbPolicy(), new FootPolicy(), new WellbeingPolicy());
	}

}
