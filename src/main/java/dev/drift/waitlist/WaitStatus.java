package dev.drift.waitlist;

/** Where a waitlist entry stands (stored by name). */
enum WaitStatus {

	WAITING, BOOKED, LEFT

}
