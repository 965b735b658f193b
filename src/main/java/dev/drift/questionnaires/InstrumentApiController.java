package dev.drift.questionnaires;

import dev.drift.people.Actor;
import dev.drift.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless scoring for any signed-in user: the body is a vector's {@code input}, the
 * answer holds every field of its {@code expected}.
 */
@RestController
@RequestMapping("/api/v1/instruments")
class InstrumentApiController {

	private final Questionnaires questionnaires;

	InstrumentApiController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@Operation(summary = "Score a Pittsburgh Sleep Quality Index (PSQI)")
	@PostMapping("/psqi/score")
	PsqiScore psqi(Actor actor, @RequestBody String body) {
		return this.questionnaires.scorePsqi(actor, parse(body));
	}

	@Operation(summary = "Score an Insomnia Severity Index (ISI)")
	@PostMapping("/isi/score")
	IsiScore isi(Actor actor, @RequestBody String body) {
		return this.questionnaires.scoreIsi(actor, parse(body));
	}

	@Operation(summary = "Classify the change between two ISI scores")
	@PostMapping("/isi/change")
	IsiChange isiChange(Actor actor, @RequestBody String body) {
		return this.questionnaires.isiChange(actor, parse(body));
	}

	/** Parsed here, not by the message converter: floats stay exact decimals. */
	static JsonNode parse(String body) {
		try {
			JsonNode node = InstrumentInput.JSON.readTree(body);
			if (node != null && node.isObject()) {
				return node;
			}
		}
		catch (JacksonException ex) {
			// answered below
		}
		throw new InvalidInputException("MALFORMED_REQUEST", "The body must be a JSON object", java.util.List.of());
	}

}
