package dev.drift.people;

import dev.drift.people.Clients.ClientSummary;
import java.util.List;
import java.util.UUID;

import dev.drift.shared.ResultPage;

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
