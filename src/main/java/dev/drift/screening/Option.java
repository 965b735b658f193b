package dev.drift.screening;

/**
 * One choice of an enum or multi-select question (or a body area).
 *
 * @param value the answer value
 * @param text the label shown to people
 */
public record Option(String value, String text) {
}
