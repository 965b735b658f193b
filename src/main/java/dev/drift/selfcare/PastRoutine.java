package dev.drift.selfcare;

import java.time.Instant;

/**
 * A routine done before Drift knew of it (the demo's history).
 *
 * @param at when it was done
 * @param variant the variant
 * @param completed done to the end
 * @param seconds how long it ran
 * @param relaxation the relaxation rating 0–10, or {@code null}
 */
public record PastRoutine(Instant at, String variant, boolean completed, int seconds, Integer relaxation) {
}
