package dev.drift.sessions;

import java.util.List;
import java.util.Objects;

import dev.drift.screening.Pressure;

/**
 * What a session note says, in SOAP order, shaped for sleep-focused massage. The API
 * takes and gives this whole shape; absent parts read as empty.
 */
public record NoteContent(Subjective subjective, Objective objective, Assessment assessment, Plan plan) {

	public NoteContent {
		subjective = Objects.requireNonNullElse(subjective, Subjective.EMPTY);
		objective = Objects.requireNonNullElse(objective, Objective.EMPTY);
		assessment = Objects.requireNonNullElse(assessment, Assessment.EMPTY);
		plan = Objects.requireNonNullElse(plan, Plan.EMPTY);
	}

	static final NoteContent EMPTY = new NoteContent(null, null, null, null);

	/**
	 * The client's report since the last visit: sleep (free text and 0–10), pain and
	 * stress (0–10), today's goals.
	 */
	public record Subjective(String sleepReport, Integer sleepRating, Integer pain, Integer stress, String goals) {

		static final Subjective EMPTY = new Subjective(null, null, null, null, null);

	}

	/**
	 * What was done: areas treated with the pressure used on each, techniques, position,
	 * minutes actually treated, aromatherapy, and the screening's mandatory modifications
	 * the therapist confirmed one by one.
	 */
	public record Objective(List<Area> areas, List<Technique> techniques, String position, Integer minutes,
			boolean aromatherapy, List<String> confirmedModifications) {

		static final Objective EMPTY = new Objective(null, null, null, null, false, null);

		public Objective {
			areas = areas == null ? List.of() : List.copyOf(areas);
			techniques = techniques == null ? List.of() : techniques.stream().distinct().toList();
			confirmedModifications = confirmedModifications == null ? List.of()
					: confirmedModifications.stream().distinct().toList();
		}

	}

	/** An area treated (a questionnaire body area id) and the pressure used there. */
	public record Area(String area, Pressure pressure) {
	}

	/** Drift-off with the approximate minutes asleep, and the response to treatment. */
	public record Assessment(DriftOff driftOff, Integer asleepMinutes, String response) {

		static final Assessment EMPTY = new Assessment(null, null, null);

	}

	/** The next session, home routine advice and changes. */
	/**
	 * Next session, home advice, changes, and the self-care routine variant the therapist
	 * assigns with it ({@code standard_15}, {@code short_10}, {@code hands_breath}, or
	 * {@code gate} to let the safety gate choose; {@code null}: no change), assigned when
	 * the note is signed.
	 */
	public record Plan(String nextSession, String homeAdvice, String changes, String homeRoutine) {

		static final Plan EMPTY = new Plan(null, null, null, null);

		static final java.util.Set<String> ROUTINES = java.util.Set.of("standard_15", "short_10", "hands_breath",
				"gate");

		public Plan(String nextSession, String homeAdvice, String changes) {
			this(nextSession, homeAdvice, changes, null);
		}

	}

}
