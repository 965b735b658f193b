package dev.drift.screening;

/**
 * One item of the {@code local_issues} answer: what it is, where, and how bad.
 */
public record LocalIssue(String kind, String area, String severity) {

	public boolean is(String... kinds) {
		for (String candidate : kinds) {
			if (candidate.equals(this.kind)) {
				return true;
			}
		}
		return false;
	}

	public boolean severityIn(String... severities) {
		for (String candidate : severities) {
			if (candidate.equals(this.severity)) {
				return true;
			}
		}
		return false;
	}

}
