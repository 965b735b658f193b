package dev.drift.sleep;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.questionnaires.Questionnaires;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sleep page: the last 14 nights as a table and a chart (data from the JSON handler),
 * the baseline beside the latest week. The client sees their own; staff any client of
 * their clinic (the facade audits staff reads).
 */
@Controller
class SleepPageController {

	static final int NIGHTS_SHOWN = 14;

	private final SleepDiary diary;

	private final People people;

	private final Questionnaires questionnaires;

	SleepPageController(SleepDiary diary, People people, Questionnaires questionnaires) {
		this.diary = diary;
		this.people = people;
		this.questionnaires = questionnaires;
	}

	@GetMapping("/me/sleep")
	String mine(Actor actor, Model model) {
		return page(actor, actor.clientId(), "/me/sleep/nights.json", "/me/questionnaires/chart", model);
	}

	@GetMapping("/clients/{id}/sleep")
	String clients(Actor actor, @PathVariable UUID id, Model model) {
		actor.requireStaff();
		model.addAttribute("settings", this.diary.settings(actor, new ClientId(id)));
		return page(actor, new ClientId(id), "/clients/" + id + "/sleep/nights.json",
				"/clients/" + id + "/questionnaires/chart", model);
	}

	@GetMapping("/me/sleep/nights.json")
	@ResponseBody
	ChartData myNights(Actor actor) {
		return ChartData.of(lastNights(actor, this.people.client(actor, actor.clientId())));
	}

	@GetMapping("/clients/{id}/sleep/nights.json")
	@ResponseBody
	ChartData clientsNights(Actor actor, @PathVariable UUID id) {
		actor.requireStaff();
		return ChartData.of(lastNights(actor, this.people.client(actor, new ClientId(id))));
	}

	/** Staff record the first massage session, which ends the client's baseline. */
	@PostMapping("/clients/{id}/sleep/first-session")
	String firstSession(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String date,
			RedirectAttributes redirect) {
		try {
			this.diary.recordFirstSession(actor, new ClientId(id), date.isBlank() ? null : LocalDate.parse(date));
			redirect.addFlashAttribute("saved", true);
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("dateInvalid", true);
		}
		return "redirect:/clients/" + id + "/sleep";
	}

	private String page(Actor actor, ClientId id, String chartUrl, String questionnaireChartUrl, Model model) {
		ClientProfile client = this.people.client(actor, id);
		List<DiaryEntryView> nights = lastNights(actor, client);
		SleepSummary summary = this.diary.summary(actor, id, null);
		model.addAttribute("client", client);
		model.addAttribute("nights", nights);
		model.addAttribute("zone", client.timeZone());
		model.addAttribute("summary", summary);
		model.addAttribute("rows", SummaryRows.of(summary));
		model.addAttribute("chartUrl", chartUrl);
		model.addAttribute("history", this.questionnaires.history(actor, id));
		model.addAttribute("questionnaireChartUrl", questionnaireChartUrl);
		model.addAttribute("staffView", actor.isStaff());
		return "sleep/sleep";
	}

	private List<DiaryEntryView> lastNights(Actor actor, ClientProfile client) {
		LocalDate today = this.diary.today(client);
		return this.diary.entries(actor, client.id(), today.minusDays(NIGHTS_SHOWN - 1), today);
	}

	/** The chart's series, oldest night first. */
	record ChartData(List<String> labels, List<Integer> sol, List<Integer> waso, List<Integer> tst,
			List<java.math.BigDecimal> se) {

		static ChartData of(List<DiaryEntryView> nights) {
			List<DiaryEntryView> ordered = nights.stream()
				.sorted(Comparator.comparing(DiaryEntryView::diaryDate))
				.toList();
			return new ChartData(ordered.stream().map((n) -> n.diaryDate().toString()).toList(),
					ordered.stream().map((n) -> n.metrics().solMinutes()).toList(),
					ordered.stream().map((n) -> n.metrics().wasoMinutes()).toList(),
					ordered.stream().map((n) -> n.metrics().tstMinutes()).toList(),
					ordered.stream().map((n) -> n.metrics().sePercent()).toList());
		}

	}

}
