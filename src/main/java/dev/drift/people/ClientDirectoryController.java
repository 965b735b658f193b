package dev.drift.people;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff client list (searchable, paginated; htmx refreshes just the results) and a
 * client's page.
 */
@Controller
class ClientDirectoryController {

	static final int PAGE_SIZE = 20;

	private final Clients clients;

	ClientDirectoryController(Clients clients) {
		this.clients = clients;
	}

	@GetMapping("/clients")
	String list(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", this.clients.search(actor, q, page, PAGE_SIZE));
		return htmx != null ? "clients/list :: results" : "clients/list";
	}

	@GetMapping("/clients/{id}")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		ClientProfile client = this.clients.get(actor, new ClientId(id));
		model.addAttribute("client", client);
		model.addAttribute("sortedWorkdays", client.sleep().workdays().stream().sorted().toList());
		return "clients/show";
	}

}
