package dev.drift.questionnaires;

/**
 * ISI severity categories of spec §4.2, by total (0–28).
 */
public enum IsiCategory {

	NO_CLINICALLY_SIGNIFICANT_INSOMNIA(0, 7), SUBTHRESHOLD_INSOMNIA(8, 14), CLINICAL_INSOMNIA_MODERATE(15, 21),
	CLINICAL_INSOMNIA_SEVERE(22, 28);

	private final int from;

	private final int to;

	IsiCategory(int from, int to) {
		this.from = from;
		this.to = to;
	}

	public int from() {
		return this.from;
	}

	public int to() {
		return this.to;
	}

	public static IsiCategory of(int total) {
		for (IsiCategory category : values()) {
			if (total >= category.from && total <= category.to) {
				return category;
			}
		}
		throw new IllegalArgumentException("An ISI total is 0 to 28");
	}

}
