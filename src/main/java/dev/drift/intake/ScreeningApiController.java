package dev.drift.intake;

import dev.drift.people.Actor;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless screening for staff: {@code {"answers": {…}}} in, the result out; nothing is
 * stored. Invalid answers: 422 {@code INVALID_ANSWERS} listing every bad field.
 */
@RestController
class ScreeningApiController {

	private final Intake intake;

	private final ScreeningJson json;

	ScreeningApiController(Intake intake, ScreeningJson json) {
		this.intake = intake;
		this.json = json;
	}

	@Operation(summary = "Evaluate screening answers without storing them")
	@PostMapping("/api/v1/screening/evaluate")
	ObjectNode evaluate(Actor actor, @RequestBody JsonNode body) {
		return this.json.of(this.intake.evaluate(actor, body.get("answers")), false);
	}

}
