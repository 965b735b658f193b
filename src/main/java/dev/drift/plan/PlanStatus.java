package dev.drift.plan;

/** Where a plan stands (stored by name). */
public enum PlanStatus {

	/** Created, course not booked yet. */
	DRAFT,
	/** Its phase-A course is booked and under way. */
	ACTIVE,
	/** The review-point session has started: the therapist reviews. */
	REVIEW_DUE,
	/** Improved at review: phase B, every 2 weeks then monthly. */
	MAINTENANCE,
	/** Ended (no improvement at review, signpost S04; or closed by staff). */
	CLOSED

}
