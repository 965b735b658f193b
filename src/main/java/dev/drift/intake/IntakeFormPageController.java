package dev.drift.intake;

import java.util.List;
import java.util.UUID;

import dev.drift.screening.BodyMap;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.shared.FieldProblem;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake form, one section per step, for the client ({@code /me/intake}) or a
 * therapist filling it with them ({@code /clients/{id}/intake}). Every step is saved as a
 * draft; the review page shows all answers before submitting. The posted fields are read
 * as a map because the form is built from the questionnaire, not from a fixed record.
 */
@Controller
class IntakeFormPageController {

	private final IntakeDrafts drafts;

	private final IntakeFormPages pages;

	private final IntakeSubmission submission;

	IntakeFormPageController(IntakeDrafts drafts, IntakeFormPages pages, IntakeSubmission submission) {
		this.drafts = drafts;
		this.pages = pages;
		this.submission = submission;
	}

	@GetMapping({ "/me/intake", "/clients/{id}/intake" })
	String start(Actor actor, @PathVariable(required = false) UUID id, Model model) {
		ClientId client = client(actor, id);
		IntakeDraftView draft = this.drafts.open(actor, client);
		if (!draft.client().hasHealthDataConsent()) {
			model.addAttribute("client", draft.client());
			return "intake/consent";
		}
		int steps = this.pages.form().steps();
		return draft.step() > steps ? "redirect:" + base(id) + "/review"
				: "redirect:" + base(id) + "/step/" + draft.step();
	}

	@GetMapping({ "/me/intake/step/{step}", "/clients/{id}/intake/step/{step}" })
	String step(Actor actor, @PathVariable(required = false) UUID id, @PathVariable int step,
			@RequestParam(required = false) String check, Model model) {
		IntakeDraftView draft = consented(actor, id);
		List<FieldProblem> problems = (check != null) ? this.pages.form().problems(draft.answers(), step) : List.of();
		return render(id, step, draft, draft.answers(), problems, 0, model);
	}

	@PostMapping({ "/me/intake/step/{step}", "/clients/{id}/intake/step/{step}" })
	String save(Actor actor, @PathVariable(required = false) UUID id, @PathVariable int step,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		IntakeDraftView draft = consented(actor, id);
		IntakeForm form = this.pages.form();
		form.section(step);
		ObjectNode answers = draft.answers();
		form.read(step, params, answers);
		String nav = params.getFirst("nav");
		if ("back".equals(nav)) {
			this.drafts.save(actor, draft.client().id(), answers, step);
			return "redirect:" + base(id) + "/step/" + Math.max(1, step - 1);
		}
		if ("add".equals(nav)) {
			this.drafts.save(actor, draft.client().id(), answers, step);
			return render(id, step, draft, answers, List.of(), 1, model);
		}
		List<FieldProblem> problems = form.problems(answers, step);
		this.drafts.save(actor, draft.client().id(), answers, problems.isEmpty() ? step + 1 : step);
		if (!problems.isEmpty()) {
			return render(id, step, draft, answers, problems, 0, model);
		}
		return step >= form.steps() ? "redirect:" + base(id) + "/review"
				: "redirect:" + base(id) + "/step/" + (step + 1);
	}

	@GetMapping({ "/me/intake/review", "/clients/{id}/intake/review" })
	String review(Actor actor, @PathVariable(required = false) UUID id, Model model) {
		IntakeDraftView draft = consented(actor, id);
		List<FieldProblem> problems = this.pages.form().problems(draft.answers());
		model.addAttribute("base", base(id));
		model.addAttribute("client", draft.client());
		model.addAttribute("staff", id != null);
		model.addAttribute("recheck", draft.recheck());
		model.addAttribute("steps", this.pages.review(draft.answers(), problems));
		model.addAttribute("complete", problems.isEmpty());
		return "intake/review";
	}

	@PostMapping({ "/me/intake/submit", "/clients/{id}/intake/submit" })
	String submit(Actor actor, @PathVariable(required = false) UUID id, RedirectAttributes redirect) {
		IntakeDraftView draft = consented(actor, id);
		IntakeForm form = this.pages.form();
		List<FieldProblem> problems = form.problems(draft.answers());
		if (!problems.isEmpty()) {
			return "redirect:" + base(id) + "/step/" + form.firstStepWithProblems(problems) + "?check=true";
		}
		if (this.submission.submit(actor, draft.client().id(), form.submitted(draft.answers()), draft.recheck())) {
			redirect.addFlashAttribute("recheckAnswered", true);
		}
		return id == null ? "redirect:/me/screening" : "redirect:/clients/" + id + "/screening";
	}

	private String render(UUID id, int step, IntakeDraftView draft, ObjectNode answers, List<FieldProblem> problems,
			int extraRows, Model model) {
		IntakeForm form = this.pages.form();
		model.addAttribute("base", base(id));
		model.addAttribute("client", draft.client());
		model.addAttribute("staff", id != null);
		model.addAttribute("recheck", draft.recheck());
		model.addAttribute("step", step);
		model.addAttribute("steps", form.steps());
		model.addAttribute("section", form.section(step));
		model.addAttribute("fields", this.pages.fields(step, answers, problems, extraRows));
		model.addAttribute("hasProblems", !problems.isEmpty());
		model.addAttribute("shapes", BodyMap.SHAPES);
		return "intake/step";
	}

	private IntakeDraftView consented(Actor actor, UUID id) {
		IntakeDraftView draft = this.drafts.open(actor, client(actor, id));
		if (!draft.client().hasHealthDataConsent()) {
			throw new dev.drift.shared.RuleViolationException("CONSENT_REQUIRED",
					"Consent to the processing of health data is needed first");
		}
		return draft;
	}

	private static ClientId client(Actor actor, UUID id) {
		return id == null ? actor.clientId() : new ClientId(id);
	}

	private static String base(UUID id) {
		return id == null ? "/me/intake" : "/clients/" + id + "/intake";
	}

}
