package dev.drift.people;

/**
 * A line of the staff client list.
 */
public record ClientSummary(ClientId id, String name, String email, String phone, ShiftPattern shiftPattern) {
}
