package dev.drift.plan;

/**
 * A review's result: the plan as it now stands and the sessions it booked (or
 * {@code null} when it booked none).
 */
public record ReviewResult(PlanView plan, CourseBooking course) {
}
