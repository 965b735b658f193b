package dev.drift.records;

import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's record over the API.
 */
@RestController
class RecordsApiController {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private final Records records;

	RecordsApiController(Records records) {
		this.records = records;
	}

	@Operation(summary = "A client's record as a FHIR R4 Bundle (the client, or staff of their clinic; audited)")
	@GetMapping(path = "/api/v1/clients/{clientId}/fhir", produces = { "application/fhir+json", "application/json" })
	ResponseEntity<String> fhir(Actor actor, @PathVariable UUID clientId) {
		return ResponseEntity.ok().contentType(FHIR_JSON).body(this.records.fhirBundle(actor, new ClientId(clientId)));
	}

}
