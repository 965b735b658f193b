package dev.drift.sleep;

import java.time.LocalTime;

/**
 * The optional evening items of the Consensus Sleep Diary (CSD-E) for the day before the
 * night: alcohol and caffeine (count and time of the last), sleep medication (name and
 * dose as written) and "Would you have liked more sleep?". Naps are in
 * {@link MorningEntry}, since they are reported beside the night's metrics.
 */
public record EveningItems(Integer alcoholDrinks, LocalTime alcoholLast, Integer caffeineDrinks, LocalTime caffeineLast,
		String sleepMedication, Boolean wantedMoreSleep) {

	public static final int MAX_MEDICATION_LENGTH = 200;

	public static EveningItems none() {
		return new EveningItems(null, null, null, null, null, null);
	}

	public EveningItems {
		sleepMedication = (sleepMedication == null || sleepMedication.isBlank()) ? null : sleepMedication.strip();
	}

	/** The first field that is out of range, or null. */
	String problemField() {
		if (this.alcoholDrinks != null && (this.alcoholDrinks < 0 || this.alcoholDrinks > 50)) {
			return "alcoholDrinks";
		}
		if (this.caffeineDrinks != null && (this.caffeineDrinks < 0 || this.caffeineDrinks > 50)) {
			return "caffeineDrinks";
		}
		if (this.sleepMedication != null && this.sleepMedication.length() > MAX_MEDICATION_LENGTH) {
			return "sleepMedication";
		}
		return null;
	}

}
