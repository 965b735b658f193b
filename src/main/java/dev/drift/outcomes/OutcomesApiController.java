package dev.drift.outcomes;

import java.time.LocalDate;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.TherapistId;
import dev.drift.shared.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outcomes over the API: a client's progress, clinic analytics (JSON or CSV) and the
 * rebuild of the clinic's read models.
 */
@RestController
class OutcomesApiController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final Outcomes outcomes;

	OutcomesApiController(Outcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Operation(summary = "Get a client's sleep outcomes: baseline, latest week, scores, sessions, session nights")
	@GetMapping("/api/v1/clients/{clientId}/outcomes")
	ClientOutcomes progress(Actor actor, @PathVariable UUID clientId) {
		return this.outcomes.progress(actor, new ClientId(clientId));
	}

	@Operation(summary = "Download a client's own diary, scores, sessions and routine log as CSV")
	@GetMapping("/api/v1/clients/{clientId}/outcomes.csv")
	ResponseEntity<String> progressCsv(Actor actor, @PathVariable UUID clientId) {
		return csv(this.outcomes.clientCsv(actor, new ClientId(clientId)), "my-sleep-record.csv");
	}

	@Operation(summary = "Get clinic outcome analytics for one grouping (small groups suppressed)")
	@ProblemCodes(status = 422, value = { "INVALID_GROUPING" })
	@GetMapping("/api/v1/analytics/outcomes")
	OutcomeAnalytics analytics(Actor actor, @RequestParam String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID therapist, @RequestParam(required = false) String profile) {
		return this.outcomes.analytics(actor, Grouping.of(by), from, to, therapistId(therapist), profile);
	}

	@Operation(summary = "Download clinic outcome analytics for one grouping as CSV")
	@ProblemCodes(status = 422, value = { "INVALID_GROUPING" })
	@GetMapping("/api/v1/analytics/outcomes.csv")
	ResponseEntity<String> analyticsCsv(Actor actor, @RequestParam String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID therapist, @RequestParam(required = false) String profile) {
		Grouping grouping = Grouping.of(by);
		return csv(this.outcomes.analyticsCsv(actor, grouping, from, to, therapistId(therapist), profile),
				"outcomes-by-" + grouping.parameter() + ".csv");
	}

	@Operation(summary = "Rebuild the clinic's outcome read models (admin)")
	@PostMapping("/api/v1/analytics/outcomes/rebuild")
	RebuildResult rebuild(Actor actor) {
		return new RebuildResult(this.outcomes.rebuild(actor));
	}

	record RebuildResult(int clients) {
	}

	private static TherapistId therapistId(UUID id) {
		return (id == null) ? null : new TherapistId(id);
	}

	static ResponseEntity<String> csv(String body, String name) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
			.header("Cache-Control", "no-store")
			.body(body);
	}

}
