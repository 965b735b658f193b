package dev.drift.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.shared.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's pre-visit check ({@code /me/recheck/{id}}): "Has anything changed since
 * your last visit?" with five yes/no questions. Nothing changed answers the re-check at
 * once; any change starts the intake draft from the latest answers, and sending the
 * updated answers answers the re-check and screens again ({@link IntakeSubmission}).
 */
@Controller
class RecheckPageController {

	private final Intake intake;

	private final Rechecks rechecks;

	private final IntakeDrafts drafts;

	private final Clock clock;

	RecheckPageController(Intake intake, Rechecks rechecks, IntakeDrafts drafts, Clock clock) {
		this.intake = intake;
		this.rechecks = rechecks;
		this.drafts = drafts;
		this.clock = clock;
	}

	@GetMapping("/me/recheck/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return page(actor, id, RecheckForm.EMPTY, List.of(), model);
	}

	@PostMapping("/me/recheck/{id}")
	String answer(Actor actor, @PathVariable UUID id, @ModelAttribute RecheckForm form, Model model,
			RedirectAttributes redirect) {
		ClientId client = actor.clientId();
		Recheck recheck = this.rechecks.of(actor, client, id);
		if (!recheck.isOpenAt(Instant.now(this.clock))) {
			return "redirect:/me/recheck/" + id;
		}
		List<String> problems = new ArrayList<>();
		RecheckAnswers answers = form.answers(problems);
		if (!problems.isEmpty()) {
			return page(actor, id, form, problems, model);
		}
		if (answers.anyChange()) {
			this.drafts.startRecheck(actor, client, new RecheckUpdate(id, answers));
			return "redirect:/me/intake";
		}
		try {
			this.intake.answerRecheck(actor, client, id, answers, null);
			redirect.addFlashAttribute("thanks", true);
		}
		catch (RuleViolationException ex) {
			// answered or closed in the meantime: the page says which
			redirect.addFlashAttribute("thanks", false);
		}
		return "redirect:/me/recheck/" + id;
	}

	private String page(Actor actor, UUID id, RecheckForm form, List<String> problems, Model model) {
		IntakeDraftView draft = this.drafts.open(actor, actor.clientId());
		Recheck recheck = this.rechecks.of(actor, actor.clientId(), id);
		Instant now = Instant.now(this.clock);
		String state = (recheck.answeredAt() != null) ? "answered"
				: recheck.isOpenAt(now) ? "open" : now.isBefore(recheck.opensAt()) ? "notYet" : "closed";
		model.addAttribute("recheck", recheck);
		model.addAttribute("state", state);
		model.addAttribute("zone", draft.client().timeZone());
		model.addAttribute("updating", draft.recheck() != null && id.equals(draft.recheck().recheckId()));
		model.addAttribute("questions", form.questions(problems));
		model.addAttribute("hasProblems", !problems.isEmpty());
		return "intake/recheck";
	}

}
