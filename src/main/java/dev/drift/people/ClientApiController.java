package dev.drift.people;

import java.util.List;
import java.util.UUID;

import dev.drift.people.Clients.ClientSummary;
import dev.drift.shared.ResultPage;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients over the JSON API.
 */
@RestController
@RequestMapping("/api/v1/clients")
class ClientApiController {

	private final Clients clients;

	ClientApiController(Clients clients) {
		this.clients = clients;
	}

	/** Staff list their clinic's clients, searched by name or email, a page at a time. */
	@Operation(summary = "Search the clinic's clients")
	@GetMapping
	ClientListJson list(Actor actor, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return ClientListJson.of(this.clients.search(actor, q, page, size));
	}

	@Operation(summary = "Get one client")
	@GetMapping("/{id}")
	ClientJson get(Actor actor, @PathVariable UUID id) {
		return ClientJson.of(this.clients.get(actor, new ClientId(id)));
	}

	@Operation(summary = "Change a client's sleep schedule")
	@PutMapping("/{id}/sleep-schedule")
	ClientJson reschedule(Actor actor, @PathVariable UUID id, @Valid @RequestBody SleepScheduleForm schedule) {
		return ClientJson.of(this.clients.reschedule(actor, new ClientId(id), schedule.toSchedule()));
	}

	/**
	 * A page of the client list as the API shows it.
	 */
	record ClientListJson(List<Item> items, int page, int size, long total, int totalPages) {

		static ClientListJson of(ResultPage<ClientSummary> page) {
			return new ClientListJson(page.items()
				.stream()
				.map((client) -> new Item(client.id().value(), client.name(), client.email(), client.phone(),
						client.shiftPattern().code()))
				.toList(), page.page(), page.size(), page.total(), page.totalPages());
		}

		record Item(UUID id, String name, String email, String phone, String shiftPattern) {
		}

	}

}
