package dev.drift.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.screening.BodyMap;
import dev.drift.screening.RuleSets;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.RuleViolationException;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screening result pages: the client's plain-language result and next step
 * ({@code /me/screening}), and the therapist's full result with checklist, body map and
 * the clearance and override forms ({@code /clients/{id}/screening}).
 */
@Controller
class ScreeningPageController {

	private final Intake intake;

	private final People people;

	private final RuleSets ruleSets;

	private final ScreeningPages pages;

	private final IntakeFormPages formPages;

	private final Rechecks rechecks;

	ScreeningPageController(Intake intake, People people, RuleSets ruleSets, ScreeningPages pages,
			IntakeFormPages formPages, Rechecks rechecks) {
		this.rechecks = rechecks;
		this.intake = intake;
		this.people = people;
		this.ruleSets = ruleSets;
		this.pages = pages;
		this.formPages = formPages;
	}

	@GetMapping("/me/screening")
	String mine(Actor actor, Model model) {
		Optional<ScreeningView> found = this.intake.latestScreening(actor, actor.clientId());
		if (found.isEmpty()) {
			return "redirect:/me/intake";
		}
		ScreeningView view = found.get();
		ClientProfile client = this.people.client(actor, actor.clientId());
		model.addAttribute("view", view);
		model.addAttribute("zone", client.timeZone());
		model.addAttribute("level", view.result().sessionLevel().name());
		model.addAttribute("rebook",
				this.pages.rebookRules(view, client.timeZone(), this.ruleSets.inForce(client.clinicId()).settings()));
		return "intake/result";
	}

	@GetMapping("/clients/{id}/screening")
	String staff(Actor actor, @PathVariable UUID id, Model model) {
		return page(actor, new ClientId(id), ClearanceForm.empty(), new OverrideForm("", ""), List.of(), model);
	}

	@PostMapping("/clients/{id}/screening/clearance")
	String clearance(Actor actor, @PathVariable UUID id, @ModelAttribute ClearanceForm form, Model model,
			RedirectAttributes redirect) {
		ClientId client = new ClientId(id);
		List<FieldProblem> problems = new ArrayList<>();
		NewClearance clearance = form.toClearance(problems);
		try {
			if (clearance != null) {
				this.intake.recordClearance(actor, client, clearance);
			}
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		catch (RuleViolationException ex) {
			problems.add(new FieldProblem("rules", ex.code(), ex.getMessage()));
		}
		if (!problems.isEmpty()) {
			return page(actor, client, form, new OverrideForm("", ""), problems, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/clients/" + id + "/screening";
	}

	@PostMapping("/clients/{id}/screening/override")
	String override(Actor actor, @PathVariable UUID id, @ModelAttribute OverrideForm form, Model model,
			RedirectAttributes redirect) {
		ClientId client = new ClientId(id);
		List<FieldProblem> problems = new ArrayList<>();
		try {
			this.intake.recordOverride(actor, client, new NewOverride(form.rule(), form.reason()));
		}
		catch (InvalidInputException ex) {
			ex.problems()
				.forEach((p) -> problems.add(new FieldProblem("override." + p.field(), p.code(), p.message())));
		}
		catch (RuleViolationException ex) {
			problems.add(new FieldProblem("override.rule", ex.code(), ex.getMessage()));
		}
		if (!problems.isEmpty()) {
			return page(actor, client, ClearanceForm.empty(), form, problems, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/clients/" + id + "/screening";
	}

	private String page(Actor actor, ClientId id, ClearanceForm clearance, OverrideForm override,
			List<FieldProblem> problems, Model model) {
		actor.requireStaff();
		ClientProfile client = this.people.client(actor, id);
		model.addAttribute("client", client);
		model.addAttribute("clearanceForm", clearance);
		model.addAttribute("overrideForm", override);
		model.addAttribute("problems", problems);
		model.addAttribute("recheck", this.rechecks.latestOpened(id).orElse(null));
		Optional<ScreeningView> found = this.intake.latestScreening(actor, id);
		if (found.isPresent()) {
			ScreeningView view = found.get();
			model.addAttribute("view", view);
			model.addAttribute("checklist", this.pages.checklist(view.result()));
			model.addAttribute("rows", this.pages.firedRows(view.result()));
			model.addAttribute("signposts", this.pages.signposts(view.result()));
			model.addAttribute("bodyMap", BodyMap.mark(view.result(), this.intake.questionnaire()));
			model.addAttribute("avoided", view.result().avoidedAreas().stream().map(this.pages::area).toList());
			model.addAttribute("capped",
					view.result()
						.areaCaps()
						.entrySet()
						.stream()
						.map((e) -> this.pages.area(e.getKey()) + " (" + e.getValue() + " · "
								+ this.pages.pressure(e.getValue().name()) + ")")
						.toList());
			model.addAttribute("clearances", this.intake.clearances(actor, id));
			model.addAttribute("answers", view.answers() instanceof ObjectNode answers
					? this.formPages.review(answers, List.of()) : List.of());
		}
		return "intake/screening";
	}

	/**
	 * The clearance form: text fields, so any post binds and comes back with its
	 * messages.
	 */
	record ClearanceForm(List<String> rules, String givenByName, String givenByRole, String givenOn, String limits,
			String expiresOn) {

		static ClearanceForm empty() {
			return new ClearanceForm(List.of(), "", "", "", "", "");
		}

		public boolean covers(String rule) {
			return this.rules != null && this.rules.contains(rule);
		}

		NewClearance toClearance(List<FieldProblem> problems) {
			LocalDate given = date("givenOn", this.givenOn, problems);
			LocalDate expires = date("expiresOn", this.expiresOn, problems);
			if (!problems.isEmpty()) {
				return null;
			}
			return new NewClearance(this.rules, this.givenByName, this.givenByRole, given, this.limits, expires);
		}

		private static LocalDate date(String field, String text, List<FieldProblem> problems) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem(field, "INVALID_DATE", "Enter a date as YYYY-MM-DD"));
				return null;
			}
		}

	}

	/**
	 * The override form: the rule and the written reason.
	 */
	record OverrideForm(String rule, String reason) {
	}

}
