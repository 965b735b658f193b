package dev.drift.records;

import java.time.Clock;
import java.time.LocalDate;

import dev.drift.people.Actor;
import dev.drift.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The client's "Your data" page, reached from their account page: download everything,
 * withdraw consent to health-data processing, ask for erasure.
 */
@Controller
class RecordsPageController {

	private final Records records;

	private final Clock clock;

	RecordsPageController(Records records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@GetMapping("/account/data")
	String page(Actor actor, Model model) {
		requireClient(actor);
		return "records/data";
	}

	@GetMapping("/account/data/export.zip")
	ResponseEntity<byte[]> export(Actor actor) {
		requireClient(actor);
		byte[] zip = this.records.dataExport(actor, actor.clientId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("drift-my-data-" + LocalDate.now(this.clock) + ".zip")
						.build()
						.toString())
			.body(zip);
	}

	private static void requireClient(Actor actor) {
		if (actor.clientId() == null) {
			throw new NotFoundException("Client");
		}
	}

}
