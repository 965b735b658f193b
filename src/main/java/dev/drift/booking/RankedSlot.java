package dev.drift.booking;

/**
 * A free slot with its place against the client's sleep window.
 */
record RankedSlot(Slot slot, SleepFit fit) {
}
