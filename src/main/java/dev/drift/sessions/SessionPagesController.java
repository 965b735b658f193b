package dev.drift.sessions;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.screening.BodyMap;
import dev.drift.screening.Pressure;
import dev.drift.screening.ScreeningResult;
import dev.drift.shared.DriftException;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Session pages. Staff: the therapist's day (loaded into the home page with htmx), the
 * tablet note page with the body map (drafts save as the therapist types), signing,
 * addenda and the printable note. Client: "My sessions", the summaries of signed notes.
 */
@Controller
class SessionPagesController {

	/** The note page's message boxes, one per field (all areas share one). */
	static final List<String> BOXES = List.of("subjective.sleepReport", "subjective.sleepRating", "subjective.pain",
			"subjective.stress", "subjective.goals", "objective.areas", "objective.techniques", "objective.position",
			"objective.minutes", "objective.aromatherapy", "objective.confirmedModifications", "assessment.driftOff",
			"assessment.asleepMinutes", "assessment.response", "plan.nextSession", "plan.homeAdvice", "plan.changes");

	private final Sessions sessions;

	private final People people;

	private final Intake intake;

	private final Clock clock;

	SessionPagesController(Sessions sessions, People people, Intake intake, Clock clock) {
		this.sessions = sessions;
		this.people = people;
		this.intake = intake;
		this.clock = clock;
	}

	@GetMapping("/sessions/day")
	String day(Actor actor, Model model) {
		model.addAttribute("day", this.sessions.day(actor));
		model.addAttribute("labels", labels());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", zone(actor));
		return "sessions/day :: day";
	}

	@PostMapping("/sessions/{id}/attendance")
	String attendance(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String status,
			RedirectAttributes redirect) {
		try {
			Attendance marked = this.sessions.markAttendance(actor, id, AttendanceStatus.valueOf(status));
			if (marked.status() == AttendanceStatus.ATTENDED) {
				return "redirect:/sessions/" + id;
			}
			redirect.addFlashAttribute("sessionNotice", "sessions.attendance.marked." + marked.status());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("sessionProblem", "sessions.attendance.invalid");
		}
		catch (DriftException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("sessionProblem", "sessions.code." + ex.code());
		}
		return "redirect:/home";
	}

	@GetMapping("/sessions/{id}")
	String note(Actor actor, @PathVariable UUID id, Model model) {
		NoteView note = this.sessions.note(actor, id);
		return page(actor, note, NoteForm.of(note.note()), Map.of(), model);
	}

	/**
	 * Saves the draft: htmx sends the form as the therapist types and gets the save
	 * status and each field's messages back; without script the page comes back whole.
	 */
	@PostMapping("/sessions/{id}/note")
	String save(Actor actor, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		NoteForm form = NoteForm.from(params);
		List<FieldProblem> problems = new ArrayList<>();
		NoteContent content = form.parse(problems);
		NoteView note = null;
		if (problems.isEmpty()) {
			try {
				note = this.sessions.saveDraft(actor, id, content);
				model.addAttribute("savedAt", note.savedAt());
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
				model.addAttribute("refused", ex.code());
			}
			catch (DriftException ex) {
				if (ex.status() == 404) {
					throw ex;
				}
				problems.add(new FieldProblem("note", ex.code(), ex.getMessage()));
				model.addAttribute("refused", ex.code());
			}
		}
		if (htmx == null && problems.isEmpty()) {
			redirect.addFlashAttribute("sessionNotice", "sessions.saved");
			return "redirect:/sessions/" + id;
		}
		page(actor, note != null ? note : this.sessions.note(actor, id), form, messages(problems), model);
		return htmx != null ? "sessions/parts :: autosave" : "sessions/note";
	}

	@PostMapping("/sessions/{id}/sign")
	String sign(Actor actor, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			this.sessions.sign(actor, id);
			redirect.addFlashAttribute("sessionNotice", "sessions.signed");
			return "redirect:/sessions/" + id;
		}
		catch (InvalidInputException ex) {
			NoteView note = this.sessions.note(actor, id);
			model.addAttribute("refused", ex.code());
			return page(actor, note, NoteForm.of(note.note()), messages(ex.problems()), model);
		}
		catch (DriftException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("sessionProblem", "sessions.code." + ex.code());
			return "redirect:/sessions/" + id;
		}
	}

	@PostMapping("/sessions/{id}/addenda")
	String addendum(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		try {
			this.sessions.addAddendum(actor, id, text);
			redirect.addFlashAttribute("sessionNotice", "sessions.addendum.added");
		}
		catch (DriftException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("sessionProblem", "sessions.code." + ex.code());
		}
		return "redirect:/sessions/" + id;
	}

	@GetMapping("/sessions/{id}/print")
	String print(Actor actor, @PathVariable UUID id, Model model) {
		NoteView note = this.sessions.note(actor, id);
		model.addAttribute("note", note);
		model.addAttribute("client", client(note));
		model.addAttribute("zone", zone(actor));
		model.addAttribute("labels", labels());
		return "sessions/print";
	}

	@GetMapping("/me/sessions")
	String mine(Actor actor, Model model) {
		model.addAttribute("summaries", this.sessions.summaries(actor, actor.clientId()));
		model.addAttribute("zone", zone(actor));
		model.addAttribute("labels", labels());
		return "sessions/mine";
	}

	private String page(Actor actor, NoteView note, NoteForm form, Map<String, List<String>> problems, Model model) {
		ScreeningResult screening = note.screeningId() == null ? null
				: this.intake.screeningResult(note.screeningId()).orElse(null);
		model.addAttribute("note", note);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("client", client(note));
		model.addAttribute("zone", zone(actor));
		model.addAttribute("shapes",
				screening == null
						? BodyMap.SHAPES.stream().map((s) -> new BodyMap.Marked(s, s.area(), "plain", null)).toList()
						: BodyMap.mark(screening, this.intake.questionnaire()));
		model.addAttribute("areas", areas(screening));
		model.addAttribute("techniques", Technique.values());
		model.addAttribute("positions", NoteRules.POSITIONS);
		model.addAttribute("driftOffs", DriftOff.values());
		model.addAttribute("boxes", BOXES);
		model.addAttribute("labels", labels());
		return "sessions/note";
	}

	/**
	 * Each body area with its label, whether it is avoided, and the pressures allowed.
	 */
	private List<AreaChoice> areas(ScreeningResult screening) {
		Map<String, String> labels = labels();
		List<AreaChoice> areas = new ArrayList<>();
		for (String area : NoteRules.AREAS) {
			Pressure cap = screening == null ? Pressure.P5 : screening.pressureCap();
			if (screening != null && screening.areaCaps().containsKey(area)) {
				cap = cap.min(screening.areaCaps().get(area));
			}
			List<Pressure> allowed = new ArrayList<>();
			for (Pressure p : Pressure.values()) {
				if (!cap.below(p)) {
					allowed.add(p);
				}
			}
			areas.add(new AreaChoice(area, labels.getOrDefault(area, area),
					screening != null && screening.avoidedAreas().contains(area), allowed,
					cap.below(Pressure.P2) ? cap : Pressure.P2));
		}
		return areas;
	}

	private Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		this.intake.questionnaire().bodyAreas().forEach((o) -> labels.put(o.value(), o.text()));
		return labels;
	}

	private ClientProfile client(NoteView note) {
		return this.people.findClient(new ClientId(note.clientId())).orElseThrow();
	}

	private ZoneId zone(Actor actor) {
		return this.people.clinic(actor.clinicId()).timeZone();
	}

	private static Map<String, List<String>> messages(List<FieldProblem> problems) {
		Map<String, List<String>> boxes = new LinkedHashMap<>();
		problems
			.forEach((p) -> boxes.computeIfAbsent(NoteForm.box(p.field()), (k) -> new ArrayList<>()).add(p.message()));
		return boxes;
	}

	/** A body area on the note page. */
	record AreaChoice(String area, String label, boolean avoided, List<Pressure> pressures, Pressure usual) {
	}

}
