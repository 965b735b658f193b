package dev.drift.sessions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.drift.screening.BodyMap;
import dev.drift.screening.Level;
import dev.drift.screening.Pressure;
import dev.drift.screening.ScreeningResult;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;

/**
 * The rules a note keeps, as pure functions: well-formed values, no contradiction of the
 * screening in force at the appointment (each contradiction names the field and the
 * modification), and what signing needs.
 */
final class NoteRules {

	/**
	 * Positions on the table, as the screening's {@code POSITION(..)} codes name them.
	 */
	static final List<String> POSITIONS = List.of("prone", "supine", "side_lying", "semi_reclined", "seated");

	/** The questionnaire's 23 body areas. */
	static final Set<String> AREAS = BodyMap.SHAPES.stream()
		.map(BodyMap.Shape::area)
		.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));

	static final int MAX_TEXT = 2000;

	static final int MAX_MINUTES = 240;

	private NoteRules() {
	}

	/** Refuses (422 {@code INVALID_NOTE}) values out of range, naming every bad field. */
	static void requireWellFormed(NoteContent note) {
		List<FieldProblem> problems = new ArrayList<>();
		NoteContent.Subjective s = note.subjective();
		scale(problems, "subjective.sleepRating", s.sleepRating());
		scale(problems, "subjective.pain", s.pain());
		scale(problems, "subjective.stress", s.stress());
		text(problems, "subjective.sleepReport", s.sleepReport());
		text(problems, "subjective.goals", s.goals());
		NoteContent.Objective o = note.objective();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < o.areas().size(); i++) {
			NoteContent.Area area = o.areas().get(i);
			if (area == null || area.area() == null || !AREAS.contains(area.area())) {
				problems.add(new FieldProblem("objective.areas[" + i + "].area", "UNKNOWN_AREA",
						"Choose one of the body map's areas"));
			}
			else if (!seen.add(area.area())) {
				problems.add(new FieldProblem("objective.areas[" + i + "].area", "DUPLICATE_AREA",
						"Each area once, with the pressure used there"));
			}
			if (area != null && area.pressure() == null) {
				problems.add(new FieldProblem("objective.areas[" + i + "].pressure", "REQUIRED",
						"Say the pressure used (P0–P5)"));
			}
		}
		if (o.position() != null && !o.position().isBlank() && !POSITIONS.contains(o.position())) {
			problems.add(new FieldProblem("objective.position", "UNKNOWN_POSITION", "One of " + POSITIONS));
		}
		if (o.minutes() != null && (o.minutes() < 0 || o.minutes() > MAX_MINUTES)) {
			problems.add(new FieldProblem("objective.minutes", "OUT_OF_RANGE", "0 to " + MAX_MINUTES + " minutes"));
		}
		NoteContent.Assessment a = note.assessment();
		if (a.asleepMinutes() != null
				&& (a.asleepMinutes() < 0 || a.asleepMinutes() > (o.minutes() == null ? MAX_MINUTES : o.minutes()))) {
			problems.add(new FieldProblem("assessment.asleepMinutes", "OUT_OF_RANGE", "0 up to the minutes treated"));
		}
		text(problems, "assessment.response", a.response());
		text(problems, "plan.nextSession", note.plan().nextSession());
		text(problems, "plan.homeAdvice", note.plan().homeAdvice());
		text(problems, "plan.changes", note.plan().changes());
		if (note.plan().homeRoutine() != null && !NoteContent.Plan.ROUTINES.contains(note.plan().homeRoutine())) {
			problems.add(new FieldProblem("plan.homeRoutine", "INVALID_CHOICE",
					"standard_15, short_10, hands_breath or gate"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("INVALID_NOTE", "Some fields of the note are not valid", problems);
		}
	}

	/**
	 * Where the note contradicts the screening: deep tissue under {@code NO_DEEP_TISSUE}
	 * or a cap below P4, pressure above the global or an area cap, an avoided area
	 * treated, more minutes than {@code MAX_MINUTES}, aromatherapy under
	 * {@code NO_ESSENTIAL_OILS}, a position the screening rules out, reflexology when the
	 * feet may not be treated. Each problem's code is the modification broken.
	 */
	static List<FieldProblem> contradictions(NoteContent note, ScreeningResult screening) {
		List<FieldProblem> broken = new ArrayList<>();
		List<String> mods = screening.mustIncludeModifications();
		NoteContent.Objective o = note.objective();
		Pressure cap = screening.pressureCap();
		if (o.techniques().contains(Technique.DEEP_TISSUE)) {
			if (mods.contains("NO_DEEP_TISSUE")) {
				broken.add(problem("objective.techniques", "NO_DEEP_TISSUE", "Deep tissue is ruled out"));
			}
			else if (cap.below(Pressure.P4)) {
				broken.add(problem("objective.techniques", "CAP(global," + cap + ")",
						"Deep tissue needs P4 or more; the cap is " + cap));
			}
		}
		List<String> avoided = screening.avoidedAreas();
		Map<String, Pressure> areaCaps = screening.areaCaps();
		for (int i = 0; i < o.areas().size(); i++) {
			NoteContent.Area area = o.areas().get(i);
			if (avoided.contains(area.area())) {
				broken.add(problem("objective.areas[" + i + "].area", "AVOID_AREA(" + area.area() + ")",
						"This area must not be treated"));
				continue;
			}
			if (area.pressure() == null) {
				continue;
			}
			if (cap.below(area.pressure())) {
				broken.add(problem("objective.areas[" + i + "].pressure", "CAP(global," + cap + ")",
						"Above the pressure cap " + cap));
			}
			else if (areaCaps.containsKey(area.area()) && areaCaps.get(area.area()).below(area.pressure())) {
				Pressure areaCap = areaCaps.get(area.area());
				broken.add(problem("objective.areas[" + i + "].pressure", "CAP(" + area.area() + "," + areaCap + ")",
						"Above this area's cap " + areaCap));
			}
		}
		screening.maxMinutes()
			.filter((max) -> o.minutes() != null && o.minutes() > max)
			.ifPresent((max) -> broken.add(problem("objective.minutes", "MAX_MINUTES(" + max + ")",
					"Longer than the " + max + " minutes allowed")));
		if (o.aromatherapy() && mods.contains("NO_ESSENTIAL_OILS")) {
			broken.add(problem("objective.aromatherapy", "NO_ESSENTIAL_OILS", "No essential oils"));
		}
		if (o.position() != null && mods.contains("POSITION(no_" + o.position() + ")")) {
			broken.add(problem("objective.position", "POSITION(no_" + o.position() + ")",
					"The screening rules this position out"));
		}
		if ("supine".equals(o.position()) && mods.contains("POSITION(no_flat_supine)")) {
			broken.add(problem("objective.position", "POSITION(no_flat_supine)", "Not flat on the back"));
		}
		if (o.techniques().contains(Technique.REFLEXOLOGY) && screening.footLevel() != Level.OK
				&& screening.footLevel() != Level.MODIFY) {
			broken.add(problem("objective.techniques", "FOOT_LEVEL(" + screening.footLevel() + ")",
					"The feet may not be treated now"));
		}
		return broken;
	}

	/** Refuses (422 {@code NOTE_CONTRADICTS_SCREENING}) a note that contradicts it. */
	static void requireConsistent(NoteContent note, ScreeningResult screening) {
		List<FieldProblem> broken = contradictions(note, screening);
		if (!broken.isEmpty()) {
			throw new InvalidInputException("NOTE_CONTRADICTS_SCREENING", "The note contradicts the screening: "
					+ String.join(", ", broken.stream().map(FieldProblem::code).distinct().toList()), broken);
		}
	}

	/**
	 * What a note needs before it is signed: the minutes treated, drift-off, and every
	 * mandatory modification confirmed (422 {@code NOTE_INCOMPLETE}).
	 */
	static void requireSignable(NoteContent note, List<String> mandatory) {
		List<FieldProblem> problems = new ArrayList<>();
		if (note.objective().minutes() == null) {
			problems.add(new FieldProblem("objective.minutes", "REQUIRED", "Say how many minutes were treated"));
		}
		if (note.assessment().driftOff() == null) {
			problems.add(new FieldProblem("assessment.driftOff", "REQUIRED", "Say whether the client drifted off"));
		}
		mandatory.stream()
			.filter((m) -> !note.objective().confirmedModifications().contains(m))
			.forEach((m) -> problems.add(new FieldProblem("objective.confirmedModifications", "UNCONFIRMED(" + m + ")",
					"Confirm " + m + " before signing")));
		if (!problems.isEmpty()) {
			throw new InvalidInputException("NOTE_INCOMPLETE", "The note cannot be signed yet", problems);
		}
	}

	/** The mandatory modifications the screening sets (none without a screening). */
	static List<String> mandatory(ScreeningResult screening) {
		return screening == null ? List.of() : screening.mustIncludeModifications();
	}

	private static FieldProblem problem(String field, String modification, String message) {
		return new FieldProblem(field, modification, message + " (" + modification + ")");
	}

	private static void scale(List<FieldProblem> problems, String field, Integer value) {
		if (value != null && (value < 0 || value > 10)) {
			problems.add(new FieldProblem(field, "OUT_OF_RANGE", "0 to 10"));
		}
	}

	private static void text(List<FieldProblem> problems, String field, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			problems.add(new FieldProblem(field, "TOO_LONG", "Up to " + MAX_TEXT + " characters"));
		}
	}

}
