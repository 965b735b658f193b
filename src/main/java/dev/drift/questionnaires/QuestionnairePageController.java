package dev.drift.questionnaires;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client answers a questionnaire (the form is rendered from the instrument's
 * definition) and sees their history; staff see a client's history (audited).
 */
@Controller
class QuestionnairePageController {

	private final Questionnaires questionnaires;

	private final People people;

	QuestionnairePageController(Questionnaires questionnaires, People people) {
		this.questionnaires = questionnaires;
		this.people = people;
	}

	@GetMapping("/me/questionnaires")
	String mine(Actor actor, Model model) {
		return history(actor, actor.clientId(), "/me/questionnaires/chart", model);
	}

	@GetMapping("/me/questionnaires/chart")
	@ResponseBody
	QuestionnaireChart myChart(Actor actor) {
		return QuestionnaireChart.of(this.questionnaires.history(actor, actor.clientId()));
	}

	@GetMapping("/clients/{id}/questionnaires")
	String client(Actor actor, @PathVariable UUID id, Model model) {
		actor.requireStaff();
		return history(actor, new ClientId(id), "/clients/" + id + "/questionnaires/chart", model);
	}

	@GetMapping("/clients/{id}/questionnaires/chart")
	@ResponseBody
	QuestionnaireChart clientChart(Actor actor, @PathVariable UUID id) {
		actor.requireStaff();
		return QuestionnaireChart.of(this.questionnaires.history(actor, new ClientId(id)));
	}

	@GetMapping("/me/questionnaires/{instrument}")
	String form(Actor actor, @PathVariable String instrument, Model model) {
		return form(instrument(instrument), Map.of(), Map.of(), model);
	}

	@PostMapping("/me/questionnaires/{instrument}")
	String answer(Actor actor, @PathVariable String instrument, @RequestParam Map<String, String> posted, Model model,
			RedirectAttributes redirect) {
		Instrument which = instrument(instrument);
		InstrumentDefinition definition = this.questionnaires.definition(which);
		Map<String, String> values = QuestionnaireFormAnswers.values(definition, posted);
		try {
			QuestionnaireResult result = this.questionnaires.record(actor, actor.clientId(), which,
					QuestionnaireFormAnswers.toJson(which, definition, values));
			redirect.addFlashAttribute("recorded", result.id());
			return "redirect:/me/questionnaires";
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach((p) -> errors.putIfAbsent(p.field(), "questionnaire.error." + p.code()));
			return form(which, values, errors, model);
		}
	}

	private String form(Instrument instrument, Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("instrument", instrument);
		model.addAttribute("definition", this.questionnaires.definition(instrument));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "questionnaires/questionnaire-form";
	}

	private String history(Actor actor, ClientId client, String chartUrl, Model model) {
		QuestionnaireHistory history = this.questionnaires.history(actor, client);
		model.addAttribute("history", history);
		Object recorded = model.getAttribute("recorded");
		java.util.stream.Stream.concat(history.isi().stream(), history.psqi().stream())
			.filter((r) -> r.id().equals(recorded))
			.findFirst()
			.ifPresent((r) -> model.addAttribute("result", r));
		model.addAttribute("chartUrl", chartUrl);
		model.addAttribute("staffView", actor.isStaff());
		if (actor.isStaff()) {
			// the tab and the back link name the client (the history read above is
			// audited)
			model.addAttribute("clientName", this.people.findClient(client).map(ClientProfile::name).orElse(""));
		}
		return "questionnaires/questionnaires";
	}

	private static Instrument instrument(String id) {
		return Instrument.fromId(id).orElseThrow(() -> new NotFoundException("Questionnaire"));
	}

}
