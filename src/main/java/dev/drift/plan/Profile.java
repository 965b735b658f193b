package dev.drift.plan;

import java.util.ArrayList;
import java.util.List;

import dev.drift.screening.Pressure;

/**
 * The primary session profiles of plan-recommendation.md §5: each profile's techniques,
 * pressure range ({@code low}, {@code defaultHigh}, {@code profileMax}) and the therapist
 * skill it needs. Selection order lives in {@link Recommender}.
 */
enum Profile {

	T1(Pressure.P2, Pressure.P3, Pressure.P3, "prenatal"), T2(Pressure.P1, Pressure.P2, Pressure.P2, "oncology"),
	T3(Pressure.P2, Pressure.P3, Pressure.P3, null), T4(Pressure.P3, Pressure.P4, Pressure.P5, null),
	T5(Pressure.P1, Pressure.P5, Pressure.P5, null), T6(Pressure.P2, Pressure.P3, Pressure.P3, null),
	T7(Pressure.P2, Pressure.P3, Pressure.P3, null);

	final Pressure low;

	final Pressure defaultHigh;

	final Pressure profileMax;

	final String skill;

	Profile(Pressure low, Pressure defaultHigh, Pressure profileMax, String skill) {
		this.low = low;
		this.defaultHigh = defaultHigh;
		this.profileMax = profileMax;
		this.skill = skill;
	}

	/** The profile's techniques (P13, P14), sorted. */
	List<Technique> techniques(boolean deepAllowed) {
		List<Technique> techniques = new ArrayList<>(List.of(Technique.SWEDISH));
		switch (this) {
			case T1 -> techniques.add(Technique.PRENATAL);
			case T2 -> techniques.add(Technique.ONCOLOGY);
			case T3 -> techniques.add(Technique.MYOFASCIAL);
			case T4 -> techniques.add(deepAllowed ? Technique.DEEP_TISSUE : Technique.MYOFASCIAL);
			case T5 -> {
				techniques.add(Technique.MYOFASCIAL);
				if (deepAllowed) {
					techniques.add(Technique.DEEP_TISSUE);
				}
			}
			default -> {
			}
		}
		techniques.sort((a, b) -> a.name().compareTo(b.name()));
		return List.copyOf(techniques);
	}

	/** The length before M5: 90 for T3 and T4 with several workable sites (P17, P18). */
	int baseMinutes(int workableSites) {
		return ((this == T3 || this == T4) && workableSites >= 3) ? 90 : 60;
	}

	/** Profiles that may take the 30-minute foot add-on (P22). */
	boolean offersFootAddOn() {
		return this == T3 || this == T4 || this == T5 || this == T6;
	}

}
