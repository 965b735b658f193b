package dev.drift.screening;

import java.util.List;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.shared.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's screening rule-set versions over the API: list (staff), change the
 * settings (admin), sign a version off (lead therapist).
 */
@RestController
@RequestMapping("/api/v1/intake/rule-sets")
class RuleSetApiController {

	private final RuleSets ruleSets;

	RuleSetApiController(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	@Operation(summary = "List the clinic's screening rule-set versions")
	@GetMapping
	RuleSetsJson list(Actor actor) {
		List<RuleSetVersion> history = this.ruleSets.history(actor);
		return new RuleSetsJson(this.ruleSets.inForce(actor.clinicId()),
				this.ruleSets.pending(actor.clinicId()).orElse(null), history);
	}

	@Operation(summary = "Change the screening rule settings (a new version to sign off)")
	@ProblemCodes(status = 422, value = { "INVALID_RULE_SETTINGS" })
	@PutMapping("/settings")
	RuleSetVersion change(Actor actor, @RequestBody RuleSettings settings) {
		return this.ruleSets.change(actor, settings);
	}

	@Operation(summary = "Sign off a screening rule-set version")
	@ProblemCodes(status = 422, value = { "SIGNER_NAME_REQUIRED", "RULE_SET_SUPERSEDED", "RULE_SET_ALREADY_SIGNED" })
	@PostMapping("/{version}/sign-off")
	RuleSetVersion signOff(Actor actor, @PathVariable UUID version, @RequestBody SignOff body) {
		return this.ruleSets.signOff(actor, version, body.name());
	}

	record RuleSetsJson(RuleSetVersion inForce, RuleSetVersion pending, List<RuleSetVersion> versions) {
	}

	record SignOff(String name) {
	}

}
