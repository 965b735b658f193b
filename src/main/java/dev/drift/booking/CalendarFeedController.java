package dev.drift.booking;

import java.util.Map;

import dev.drift.people.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secret feed URL (no sign-in: the secret is the credential), the page to get or
 * revoke it, and the same through the API.
 */
@Controller
class CalendarFeedController {

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(CalendarFeeds.PATH + "{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, Ics.CONTENT_TYPE)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.feeds.render(secret));
	}

	@GetMapping("/booking/feed")
	String page(Actor actor, Model model) {
		model.addAttribute("active", this.feeds.active(actor));
		return "booking/feed";
	}

	@PostMapping("/booking/feed")
	String issue(Actor actor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("url", this.feeds.issue(actor));
		return "redirect:/booking/feed";
	}

	@PostMapping("/booking/feed/revoke")
	String revoke(Actor actor, RedirectAttributes redirect) {
		this.feeds.revoke(actor);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/booking/feed";
	}

	@Operation(summary = "Get a new secret calendar feed path (ending any earlier one)")
	@PostMapping("/api/v1/calendar/feed")
	@ResponseBody
	Map<String, String> issueApi(Actor actor) {
		return Map.of("path", this.feeds.issue(actor));
	}

	@Operation(summary = "Revoke the account's calendar feed")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ResponseBody
	@DeleteMapping("/api/v1/calendar/feed")
	ResponseEntity<Void> revokeApi(Actor actor) {
		this.feeds.revoke(actor);
		return ResponseEntity.noContent().build();
	}

}
