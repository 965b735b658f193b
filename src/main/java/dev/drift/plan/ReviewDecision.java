package dev.drift.plan;

import java.time.LocalDate;

/**
 * The therapist's decision at a review.
 *
 * @param decision the outcome
 * @param reason why, required when it differs from Drift's suggestion
 * @param from first day of the sessions it books (phase B: default two weeks after the
 * review; return to A: default tomorrow)
 * @param weeks return to A: 2 to 4 weeks (default 3)
 * @param mode how to book the sessions (default all or nothing)
 */
public record ReviewDecision(PlanReview.Outcome decision, String reason, LocalDate from, Integer weeks,
		CourseRequest.Mode mode) {
}
