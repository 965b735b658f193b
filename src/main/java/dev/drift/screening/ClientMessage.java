package dev.drift.screening;

/**
 * A plain-language message for the client: the rule it comes from and its text.
 */
public record ClientMessage(String rule, String text) {
}
