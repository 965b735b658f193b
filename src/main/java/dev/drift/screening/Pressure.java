package dev.drift.screening;

/**
 * The pressure scale P0 (still hands) to P5 (deep tissue), in {@code pressureScale}
 * order.
 */
public enum Pressure {

	P0, P1, P2, P3, P4, P5;

	public Pressure min(Pressure other) {
		return other.ordinal() < ordinal() ? other : this;
	}

	public boolean below(Pressure other) {
		return ordinal() < other.ordinal();
	}

}
