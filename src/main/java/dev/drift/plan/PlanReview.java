package dev.drift.plan;

import java.time.Instant;
import java.util.UUID;

import dev.drift.questionnaires.IsiChange;
import dev.drift.sleep.DiaryChange;
import dev.drift.sleep.SummaryWindow;

/**
 * What the therapist sees at a plan's review: baseline against now from the client's own
 * diary and questionnaires, the sessions held, and what Drift suggests by its rule
 * ({@link #RULE}).
 *
 * @param sessionsHeld the plan's booked sessions that have started (attendance is not
 * recorded yet)
 * @param diaryBaseline the diary's baseline window (before the first session)
 * @param diaryLatest the latest weekly window
 * @param diaryChange latest minus baseline (negative time to fall asleep and awake is
 * better)
 * @param isi the latest ISI against the first, or {@code null} without a pair
 * @param psqiReduction first PSQI global minus the latest, or {@code null} without a pair
 * @param relapse in maintenance: ISI back up by 6 or more since the review, or back in
 * its baseline category
 * @param suggestion what the rule suggests now, or {@code null} when nothing is due
 */
public record PlanReview(UUID planId, PlanStatus status, Instant reviewAt, int sessionsBooked, int sessionsHeld,
		SummaryWindow diaryBaseline, SummaryWindow diaryLatest, DiaryChange diaryChange, IsiChange isi,
		Integer psqiBaseline, Integer psqiLatest, Integer psqiReduction, boolean improved, boolean relapse,
		Outcome suggestion, String rule) {

	/** Drift's rule for a meaningful improvement, stated on the review page. */
	public static final String RULE = "Meaningful improvement: ISI down by 6 points or more (its minimal important"
			+ " difference); without two ISI scores, PSQI global down by 3 or more.";

	static final int ISI_MID = 6;

	static final int PSQI_MEANINGFUL = 3;

	/** A review's decision. */
	public enum Outcome {

		/** Improved: phase B, every 2 weeks for 2 sessions, then monthly. */
		IMPROVED,
		/**
		 * Not improved: signpost S04 (GP or a sleep service about CBT-I); the plan
		 * closes.
		 */
		NOT_IMPROVED,
		/** Relapse in maintenance: 2 to 4 more weeks of phase A. */
		RETURN_TO_A

	}

}
