package dev.drift.sessions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.drift.screening.Pressure;
import dev.drift.shared.FieldProblem;

import org.springframework.util.MultiValueMap;

/**
 * The note page's form: every value as the browser sent it, so a refused save shows what
 * was typed with the message beside its field. Areas are the ticked body-map areas, each
 * with its pressure ({@code pressure.<area>}).
 */
record NoteForm(String sleepReport, String sleepRating, String pain, String stress, String goals, List<String> areas,
		Map<String, String> pressures, List<String> techniques, String position, String minutes, boolean aromatherapy,
		List<String> confirmed, String driftOff, String asleepMinutes, String response, String nextSession,
		String homeAdvice, String changes, String homeRoutine) {

	static NoteForm of(NoteContent note) {
		NoteContent.Subjective s = note.subjective();
		NoteContent.Objective o = note.objective();
		Map<String, String> pressures = new LinkedHashMap<>();
		o.areas().forEach((a) -> pressures.put(a.area(), a.pressure() == null ? "" : a.pressure().name()));
		return new NoteForm(s.sleepReport(), text(s.sleepRating()), text(s.pain()), text(s.stress()), s.goals(),
				o.areas().stream().map(NoteContent.Area::area).toList(), pressures,
				o.techniques().stream().map(Technique::name).toList(), o.position(), text(o.minutes()),
				o.aromatherapy(), o.confirmedModifications(),
				note.assessment().driftOff() == null ? null : note.assessment().driftOff().name(),
				text(note.assessment().asleepMinutes()), note.assessment().response(), note.plan().nextSession(),
				note.plan().homeAdvice(), note.plan().changes(), note.plan().homeRoutine());
	}

	static NoteForm from(MultiValueMap<String, String> form) {
		Map<String, String> pressures = new LinkedHashMap<>();
		form.forEach((key, values) -> {
			if (key.startsWith("pressure.") && !values.isEmpty()) {
				pressures.put(key.substring("pressure.".length()), values.get(0));
			}
		});
		return new NoteForm(form.getFirst("sleepReport"), form.getFirst("sleepRating"), form.getFirst("pain"),
				form.getFirst("stress"), form.getFirst("goals"), list(form, "areas"), pressures,
				list(form, "techniques"), form.getFirst("position"), form.getFirst("minutes"),
				"true".equals(form.getFirst("aromatherapy")), list(form, "confirmed"), form.getFirst("driftOff"),
				form.getFirst("asleepMinutes"), form.getFirst("response"), form.getFirst("nextSession"),
				form.getFirst("homeAdvice"), form.getFirst("changes"), form.getFirst("homeRoutine"));
	}

	/**
	 * The note this form holds; a value that is not a number or a choice is a problem.
	 */
	NoteContent parse(List<FieldProblem> problems) {
		List<NoteContent.Area> treated = new ArrayList<>();
		for (String area : this.areas) {
			treated.add(new NoteContent.Area(area,
					choice(Pressure.class, this.pressures.get(area), "objective.areas", problems)));
		}
		List<Technique> chosen = new ArrayList<>();
		this.techniques.forEach((t) -> {
			Technique technique = choice(Technique.class, t, "objective.techniques", problems);
			if (technique != null) {
				chosen.add(technique);
			}
		});
		return new NoteContent(
				new NoteContent.Subjective(blank(this.sleepReport),
						number(this.sleepRating, "subjective.sleepRating", problems),
						number(this.pain, "subjective.pain", problems),
						number(this.stress, "subjective.stress", problems), blank(this.goals)),
				new NoteContent.Objective(treated, chosen, blank(this.position),
						number(this.minutes, "objective.minutes", problems), this.aromatherapy, this.confirmed),
				new NoteContent.Assessment(choice(DriftOff.class, this.driftOff, "assessment.driftOff", problems),
						number(this.asleepMinutes, "assessment.asleepMinutes", problems), blank(this.response)),
				new NoteContent.Plan(blank(this.nextSession), blank(this.homeAdvice), blank(this.changes),
						blank(this.homeRoutine)));
	}

	public boolean treated(String area) {
		return this.areas.contains(area);
	}

	public String pressure(String area) {
		return this.pressures.getOrDefault(area, "");
	}

	/**
	 * The page's message box a problem belongs to ({@code objective.areas[2].area} →
	 * areas).
	 */
	static String box(String field) {
		int bracket = field.indexOf('[');
		return bracket < 0 ? field : field.substring(0, bracket);
	}

	private static List<String> list(MultiValueMap<String, String> form, String key) {
		return Objects.requireNonNullElse(form.get(key), List.<String>of())
			.stream()
			.filter((v) -> v != null && !v.isBlank())
			.distinct()
			.toList();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String text(Integer number) {
		return number == null ? "" : number.toString();
	}

	private static Integer number(String text, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "NOT_A_NUMBER", "Enter a whole number"));
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
			List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "UNKNOWN_CHOICE", "Choose one of the options"));
			return null;
		}
	}

}
