package dev.drift.screening;

/**
 * What a rule's contribution applies to (clinical rules §0.2).
 */
public enum Scope {

	GENERAL, LOCAL, FOOT, DIY

}
