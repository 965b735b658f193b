package dev.drift.people;

/**
 * The numbers a clinic shows when screening finds something urgent, e.g. 111 and 999 in
 * the UK.
 */
public record EmergencyNumbers(String urgentAdvice, String emergency) {
}
