package dev.drift.questionnaires;

import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's stored questionnaires over the API: record an ISI or PSQI, read the history
 * with scores, categories, ISI change against the baseline, and what is due.
 */
@RestController
@RequestMapping("/api/v1/clients/{id}/questionnaires")
class QuestionnaireApiController {

	private final Questionnaires questionnaires;

	QuestionnaireApiController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@Operation(summary = "Record a completed questionnaire for a client")
	@ProblemCodes(status = 422, value = { "COMPLETED_IN_FUTURE" })
	@PostMapping("/{instrument}")
	@ResponseStatus(HttpStatus.CREATED)
	QuestionnaireResult record(Actor actor, @PathVariable UUID id, @PathVariable String instrument,
			@RequestBody String body) {
		Instrument which = Instrument.fromId(instrument).orElseThrow(() -> new NotFoundException("Instrument"));
		return this.questionnaires.record(actor, new ClientId(id), which, InstrumentApiController.parse(body));
	}

	@Operation(summary = "List a client's questionnaire results")
	@GetMapping
	QuestionnaireHistory history(Actor actor, @PathVariable UUID id) {
		return this.questionnaires.history(actor, new ClientId(id));
	}

}
