package dev.drift.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.sleep.SummaryWindow;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outcome pages: the client's progress (phone first, printable) and the same for staff,
 * the clinic analytics with filters and CSV, the claims check, the rebuild action.
 */
@Controller
class OutcomesPagesController {

	private final Outcomes outcomes;

	private final People people;

	OutcomesPagesController(Outcomes outcomes, People people) {
		this.outcomes = outcomes;
		this.people = people;
	}

	@GetMapping("/me/progress")
	String mine(Actor actor, Model model) {
		return progress(actor, actor.clientId(), "/me/progress.json", "/me/progress.csv", false, model);
	}

	@GetMapping("/clients/{id}/progress")
	String clients(Actor actor, @PathVariable UUID id, Model model) {
		actor.requireStaff();
		return progress(actor, new ClientId(id), "/clients/" + id + "/progress.json",
				"/clients/" + id + "/progress.csv", true, model);
	}

	@GetMapping("/me/progress.json")
	@ResponseBody
	ClientOutcomes myData(Actor actor) {
		return this.outcomes.progress(actor, actor.clientId());
	}

	@GetMapping("/clients/{id}/progress.json")
	@ResponseBody
	ClientOutcomes clientsData(Actor actor, @PathVariable UUID id) {
		actor.requireStaff();
		return this.outcomes.progress(actor, new ClientId(id));
	}

	@GetMapping("/me/progress.csv")
	ResponseEntity<String> myCsv(Actor actor) {
		return OutcomesApiController.csv(this.outcomes.clientCsv(actor, actor.clientId()), "my-sleep-record.csv");
	}

	@GetMapping("/clients/{id}/progress.csv")
	ResponseEntity<String> clientsCsv(Actor actor, @PathVariable UUID id) {
		actor.requireStaff();
		return OutcomesApiController.csv(this.outcomes.clientCsv(actor, new ClientId(id)), "sleep-record.csv");
	}

	private String progress(Actor actor, ClientId id, String dataUrl, String csvUrl, boolean staffView, Model model) {
		ClientOutcomes progress = this.outcomes.progress(actor, id);
		model.addAttribute("progress", progress);
		model.addAttribute("client", this.people.findClient(id).orElseThrow());
		model.addAttribute("staffView", staffView);
		model.addAttribute("dataUrl", dataUrl);
		model.addAttribute("csvUrl", csvUrl);
		model.addAttribute("sentences", sentences(progress.baseline(), progress.latest()));
		return "outcomes/progress";
	}

	/**
	 * Baseline against the latest week in plain words: message keys with their numbers.
	 */
	static List<Sentence> sentences(SummaryWindow baseline, SummaryWindow latest) {
		List<Sentence> sentences = new ArrayList<>();
		if (baseline == null || latest == null || !baseline.enoughData() || !latest.enoughData()) {
			return sentences;
		}
		int sol = minutes(baseline.summary().meanSolMinutes().subtract(latest.summary().meanSolMinutes()));
		sentences.add(new Sentence((sol > 0) ? "outcomes.plain.solFaster"
				: (sol < 0) ? "outcomes.plain.solSlower" : "outcomes.plain.solSame", Math.abs(sol)));
		int tst = minutes(latest.summary().meanTstMinutes().subtract(baseline.summary().meanTstMinutes()));
		sentences.add(new Sentence((tst > 0) ? "outcomes.plain.tstLonger"
				: (tst < 0) ? "outcomes.plain.tstShorter" : "outcomes.plain.tstSame", Math.abs(tst)));
		int waso = minutes(baseline.summary().meanWasoMinutes().subtract(latest.summary().meanWasoMinutes()));
		sentences.add(new Sentence((waso > 0) ? "outcomes.plain.wasoLess"
				: (waso < 0) ? "outcomes.plain.wasoMore" : "outcomes.plain.wasoSame", Math.abs(waso)));
		return sentences;
	}

	private static int minutes(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_UP).intValue();
	}

	/** A message key and its one number. */
	record Sentence(String key, int minutes) {
	}

	@GetMapping("/admin/outcomes")
	String analytics(Actor actor, @RequestParam(defaultValue = "technique") String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID therapist, @RequestParam(required = false) String profile,
			Model model) {
		Grouping grouping = Grouping.of(by);
		model.addAttribute("analytics", this.outcomes.analytics(actor, grouping, from, to,
				(therapist == null) ? null : new TherapistId(therapist), profile));
		model.addAttribute("groupings", Grouping.values());
		model.addAttribute("therapists", this.people.therapistNames(actor.clinicId()));
		model.addAttribute("by", grouping.parameter());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("therapist", therapist);
		model.addAttribute("profile", (profile == null) ? "" : profile);
		StringBuilder csv = new StringBuilder("/admin/outcomes.csv?by=" + grouping.parameter());
		if (from != null) {
			csv.append("&from=").append(from);
		}
		if (to != null) {
			csv.append("&to=").append(to);
		}
		if (therapist != null) {
			csv.append("&therapist=").append(therapist);
		}
		if (profile != null && !profile.isBlank()) {
			csv.append("&profile=")
				.append(java.net.URLEncoder.encode(profile, java.nio.charset.StandardCharsets.UTF_8));
		}
		model.addAttribute("csvUrl", csv.toString());
		return "outcomes/analytics";
	}

	@GetMapping("/admin/outcomes.csv")
	ResponseEntity<String> analyticsCsv(Actor actor, @RequestParam(defaultValue = "technique") String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID therapist, @RequestParam(required = false) String profile) {
		Grouping grouping = Grouping.of(by);
		return OutcomesApiController.csv(
				this.outcomes.analyticsCsv(actor, grouping, from, to,
						(therapist == null) ? null : new TherapistId(therapist), profile),
				"outcomes-by-" + grouping.parameter() + ".csv");
	}

	@PostMapping("/admin/outcomes/rebuild")
	String rebuild(Actor actor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("rebuilt", this.outcomes.rebuild(actor));
		return "redirect:/admin/outcomes";
	}

	@GetMapping("/admin/outcomes/claims")
	String claims(Actor actor, Model model) {
		model.addAttribute("claims", this.outcomes.claims(actor));
		return "outcomes/claims";
	}

}
