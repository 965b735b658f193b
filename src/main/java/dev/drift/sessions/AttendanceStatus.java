package dev.drift.sessions;

/** What happened to a started appointment, as staff mark it (stored by name). */
public enum AttendanceStatus {

	ATTENDED, NO_SHOW, LATE_CANCELLED

}
