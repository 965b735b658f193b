package dev.drift.intake;

import java.util.List;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's intake, screening, clearances and re-checks over the JSON API.
 */
@RestController
@RequestMapping("/api/v1/clients/{id}")
class ClientIntakeApiController {

	private final Intake intake;

	private final ScreeningJson json;

	ClientIntakeApiController(Intake intake, ScreeningJson json) {
		this.intake = intake;
		this.json = json;
	}

	@Operation(summary = "Record a client's health-history intake and screen it")
	@ProblemCodes(status = 422, value = { "HEALTH_DATA_CONSENT_REQUIRED" })
	@PostMapping("/intake")
	@ResponseStatus(HttpStatus.CREATED)
	ObjectNode record(Actor actor, @PathVariable UUID id, @RequestBody JsonNode body) {
		return this.json.of(this.intake.recordIntake(actor, new ClientId(id), body.get("answers")), true);
	}

	@Operation(summary = "Get the answers a new intake starts from")
	@GetMapping("/intake/prefill")
	ObjectNode prefill(Actor actor, @PathVariable UUID id) {
		return this.intake.prefill(actor, new ClientId(id));
	}

	@Operation(summary = "Get a client's latest screening result")
	@GetMapping("/screening")
	ObjectNode latest(Actor actor, @PathVariable UUID id) {
		return this.intake.latestScreening(actor, new ClientId(id))
			.map((view) -> this.json.of(view, true))
			.orElseThrow(() -> new NotFoundException("Screening"));
	}

	@Operation(summary = "Record a clearance for a client (e.g. from their doctor)")
	@ProblemCodes(status = 422, value = { "INVALID_CLEARANCE" })
	@PostMapping("/clearances")
	@ResponseStatus(HttpStatus.CREATED)
	List<Clearance> clear(Actor actor, @PathVariable UUID id, @RequestBody NewClearance clearance) {
		return this.intake.recordClearance(actor, new ClientId(id), clearance);
	}

	@Operation(summary = "List a client's clearances")
	@GetMapping("/clearances")
	List<Clearance> clearances(Actor actor, @PathVariable UUID id) {
		return this.intake.clearances(actor, new ClientId(id));
	}

	@Operation(summary = "Record a therapist's override of a screening outcome")
	@ProblemCodes(status = 422, value = { "INVALID_OVERRIDE", "OVERRIDE_NOT_APPLICABLE", "OVERRIDE_NOT_PERMITTED" })
	@PostMapping("/overrides")
	@ResponseStatus(HttpStatus.CREATED)
	Clearance override(Actor actor, @PathVariable UUID id, @RequestBody NewOverride override) {
		return this.intake.recordOverride(actor, new ClientId(id), override);
	}

	@Operation(summary = "List a client's open screening re-checks")
	@GetMapping("/rechecks")
	List<Recheck> rechecks(Actor actor, @PathVariable UUID id) {
		return this.intake.openRechecks(actor, new ClientId(id));
	}

	@Operation(summary = "Answer a screening re-check before an appointment")
	@ProblemCodes(status = 422, value = { "RECHECK_NOT_OPEN", "UPDATED_ANSWERS_REQUIRED" })
	@PostMapping("/rechecks/{recheck}")
	Recheck answer(Actor actor, @PathVariable UUID id, @PathVariable UUID recheck, @RequestBody RecheckBody body) {
		RecheckAnswers changes = body.changes() == null ? new RecheckAnswers(false, false, false, false, false)
				: body.changes();
		return this.intake.answerRecheck(actor, new ClientId(id), recheck, changes, body.answers());
	}

	record RecheckBody(RecheckAnswers changes, JsonNode answers) {
	}

}
