package dev.drift.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a clinic's rule set: the questionnaire's rules with the clinic's
 * thresholds and policies. Number 0 is the questionnaire's own version (its defaults), in
 * force until the clinic signs a version of its own.
 *
 * @param id the stored version's id ({@code null} for the questionnaire's defaults)
 * @param number 0 for the defaults, then 1, 2, … per clinic
 * @param label the version stamped on results, e.g. {@code 1.0.0} or
 * {@code 1.0.0+clinic.2}
 * @param settings the thresholds and policies
 * @param createdAt when it was made ({@code null} for the defaults)
 * @param createdBy the admin account that made it
 * @param signedAt when the lead therapist signed it off, or {@code null}
 * @param signedBy the signer's account
 * @param signedByName the name the signer signed with
 */
public record RuleSetVersion(UUID id, int number, String label, RuleSettings settings, Instant createdAt,
		UUID createdBy, Instant signedAt, UUID signedBy, String signedByName) {

	static RuleSetVersion standard(Questionnaire questionnaire) {
		return new RuleSetVersion(null, 0, questionnaire.ruleSetVersion(), questionnaire.defaultSettings(), null, null,
				null, null, null);
	}

	/** Whether the version may be in force: the defaults, or signed off. */
	public boolean signed() {
		return this.number == 0 || this.signedAt != null;
	}

}
