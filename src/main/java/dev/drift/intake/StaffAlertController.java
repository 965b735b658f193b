package dev.drift.intake;

import java.util.List;

import dev.drift.people.Actor;
import dev.drift.people.People;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff-alert list for the therapist's and admin's home pages, loaded into the page
 * with htmx ({@code hx-get="/intake/alerts"}): clients whose latest screening is URGENT
 * or reports thoughts of self-harm.
 */
@Controller
class StaffAlertController {

	private final Intake intake;

	private final People people;

	StaffAlertController(Intake intake, People people) {
		this.intake = intake;
		this.people = people;
	}

	@GetMapping("/intake/alerts")
	String alerts(Actor actor, Model model) {
		List<Row> rows = this.intake.staffAlerts(actor)
			.stream()
			.map((alert) -> new Row(alert, this.people.findClient(alert.clientId()).map((c) -> c.name()).orElse("")))
			.toList();
		model.addAttribute("alerts", rows);
		return "intake/alerts :: alerts";
	}

	record Row(StaffAlert alert, String name) {
	}

}
