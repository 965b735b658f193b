package dev.drift.accounts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.drift.people.Actor;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is.
 */
@RestController
class MeApiController {

	private final Accounts accounts;

	MeApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@Operation(summary = "Get the signed-in account")
	@GetMapping("/api/v1/me")
	Me me(Actor actor) {
		AccountView account = this.accounts.me(actor);
		return new Me(account.id(), account.email(), account.role().name(), account.clinicId().value(),
				account.clientId() == null ? null : account.clientId().value(),
				account.therapistId() == null ? null : account.therapistId().value());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Me(UUID accountId, String email, String role, UUID clinicId, UUID clientId, UUID therapistId) {
	}

}
