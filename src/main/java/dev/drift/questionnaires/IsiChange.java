package dev.drift.questionnaires;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A follow-up ISI total against the baseline (spec §4.3–4.4): response is a reduction of
 * more than 7 points (ISI-R5), remission a follow-up total below 8 (ISI-R6), the minimal
 * important difference a reduction of at least 6 (ISI-R7). {@code remission} is computed
 * for every pair; it is labelled "remission" only when the baseline was at least 8 (v1
 * decision) — {@link #remissionLabel()} says how to show it.
 */
public record IsiChange(int baselineTotal, int followUpTotal, int change, int reduction, boolean response,
		boolean remission, boolean meetsMid6, IsiCategory baselineCategory, IsiCategory followUpCategory,
		RemissionLabel remissionLabel) {

	static final int RESPONSE_MORE_THAN = 7;

	static final int REMISSION_BELOW = 8;

	static final int MID = 6;

	/** The baseline from which a follow-up below 8 is called remission. */
	static final int REMISSION_BASELINE_AT_LEAST = 8;

	/**
	 * Reads {@code {"baselineTotal": n, "followUpTotal": m}}, each a whole number 0–28.
	 */
	static IsiChange fromJson(JsonNode body) {
		InstrumentInput input = new InstrumentInput();
		JsonNode b = body == null ? JsonNodeFactory.instance.objectNode() : body;
		Integer baseline = input.choice(b, "baselineTotal", 28, "TOTAL_OUT_OF_RANGE");
		Integer followUp = input.choice(b, "followUpTotal", 28, "TOTAL_OUT_OF_RANGE");
		input.require("baselineTotal", baseline);
		input.require("followUpTotal", followUp);
		input.throwIfAny();
		return of(baseline, followUp);
	}

	public static IsiChange of(int baselineTotal, int followUpTotal) {
		IsiCategory baseline = IsiCategory.of(baselineTotal);
		IsiCategory followUp = IsiCategory.of(followUpTotal);
		int reduction = baselineTotal - followUpTotal;
		boolean remission = followUpTotal < REMISSION_BELOW;
		return new IsiChange(baselineTotal, followUpTotal, followUpTotal - baselineTotal, reduction,
				reduction > RESPONSE_MORE_THAN, remission, reduction >= MID, baseline, followUp,
				RemissionLabel.of(baselineTotal, remission));
	}

	/**
	 * How the remission flag is shown.
	 */
	public enum RemissionLabel {

		/** Baseline ≥ 8 and follow-up below 8. */
		REMISSION,
		/** Baseline ≥ 8 and follow-up 8 or more. */
		NOT_IN_REMISSION,
		/** Baseline below 8: no insomnia to remit from, so never called remission. */
		BASELINE_BELOW_8;

		static RemissionLabel of(int baselineTotal, boolean remission) {
			if (baselineTotal < REMISSION_BASELINE_AT_LEAST) {
				return BASELINE_BELOW_8;
			}
			return remission ? REMISSION : NOT_IN_REMISSION;
		}

	}

}
