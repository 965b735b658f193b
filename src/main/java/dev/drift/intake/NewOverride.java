package dev.drift.intake;

/**
 * An override of one fired rule, with the written reason clinical rules §0.1 asks for.
 * DEFER rules: the lead therapist only; CLEARANCE rules: any therapist, non-acute rules
 * only; URGENT: never.
 */
public record NewOverride(String rule, String reason) {
}
