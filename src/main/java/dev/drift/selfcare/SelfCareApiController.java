package dev.drift.selfcare;

import java.util.List;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The self-care routine and its log over the API.
 */
@RestController
class SelfCareApiController {

	private final SelfCare selfCare;

	SelfCareApiController(SelfCare selfCare) {
		this.selfCare = selfCare;
	}

	@Operation(summary = "The client's self-care routine for tonight, gated by the latest screening")
	@GetMapping("/api/v1/clients/{clientId}/routine")
	Routine routine(Actor actor, @PathVariable UUID clientId, @RequestParam(required = false) String variant) {
		return this.selfCare.routine(actor, new ClientId(clientId), variant);
	}

	@Operation(summary = "Log a routine the client did (completed or stopped early)")
	@PostMapping("/api/v1/clients/{clientId}/routine/log")
	@ResponseStatus(HttpStatus.CREATED)
	RoutineLog log(Actor actor, @PathVariable UUID clientId, @RequestBody NewRoutineLog log) {
		return this.selfCare.log(actor, new ClientId(clientId), log);
	}

	@Operation(summary = "The client's routine logs of the last eight weeks, newest first")
	@GetMapping("/api/v1/clients/{clientId}/routine/log")
	List<RoutineLog> logs(Actor actor, @PathVariable UUID clientId) {
		return this.selfCare.logs(actor, new ClientId(clientId));
	}

}
