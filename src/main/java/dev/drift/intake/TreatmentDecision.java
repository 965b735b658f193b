package dev.drift.intake;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.drift.screening.Level;
import dev.drift.people.Skill;

/**
 * The booking gate's answer for a treatment session (the free consultation never asks).
 *
 * @param allowed whether a treatment session may be booked
 * @param reason why not ({@code ALLOWED} when it may)
 * @param message a plain explanation for staff and client
 * @param requiredSkills skills the therapist must have (booking filters therapists by
 * them)
 * @param missingClearances rules still waiting for a clearance (CLEARANCE_REQUIRED)
 * @param sessionLevel the latest session level, or {@code null} without an intake
 * @param footLevel the latest foot level (foot and lower-leg add-ons only when at most
 * MODIFY), or {@code null}
 * @param screeningId the screening decided on, or {@code null}
 */
public record TreatmentDecision(boolean allowed, Reason reason, String message, Set<Skill> requiredSkills,
		List<String> missingClearances, Level sessionLevel, Level footLevel, UUID screeningId) {

	public TreatmentDecision {
		requiredSkills = Set.copyOf(requiredSkills);
		missingClearances = List.copyOf(missingClearances);
	}

	/** Whether foot or lower-leg work (a reflexology add-on) may be offered. */
	public boolean footWorkAllowed() {
		return this.allowed && this.footLevel != null && this.footLevel.allowsTreatment();
	}

	public enum Reason {

		ALLOWED, NO_INTAKE, DEFER, CLEARANCE_REQUIRED, URGENT

	}

}
