package dev.drift.sleep;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.DriftException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's phone diary: one screen for last night (or one of the last 7 days); a new
 * night's clock times are suggested from the sleep schedule (and the page says so), its
 * measurements start empty; after saving it shows the computed night. A date outside the
 * editable window shows a message instead of a form.
 */
@Controller
class DiaryPageController {

	private final SleepDiary diary;

	private final People people;

	DiaryPageController(SleepDiary diary, People people) {
		this.diary = diary;
		this.people = people;
	}

	@GetMapping("/me/diary")
	String show(Actor actor, @RequestParam(required = false) String date, Model model) {
		ClientProfile me = this.people.client(actor, actor.clientId());
		LocalDate today = this.diary.today(me);
		Optional<LocalDate> asked = parse(date);
		if (asked.isPresent() && (asked.get().isAfter(today) || asked.get().isBefore(today.minusDays(7)))) {
			model.addAttribute("outsideWindow", asked.get());
			return page(actor, me, asked.get(), Optional.empty(), model);
		}
		LocalDate day = asked.orElse(today);
		Optional<DiaryEntryView> entry = this.diary.entry(actor, actor.clientId(), day);
		model.addAttribute("form", entry.map(DiaryForm::of).orElseGet(() -> DiaryForm.defaults(day, me.sleep())));
		model.addAttribute("timesFromSchedule", entry.isEmpty());
		return page(actor, me, day, entry, model);
	}

	@PostMapping("/me/diary")
	String save(Actor actor, @ModelAttribute("form") DiaryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ClientProfile me = this.people.client(actor, actor.clientId());
		DiaryForm.Parsed parsed = form.parse(me.timeZone(), errors);
		if (parsed != null) {
			try {
				this.diary.record(actor, actor.clientId(), parsed.morning(), parsed.evening());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/me/diary?date=" + form.diaryDate();
			}
			catch (NightRejectedException ex) {
				String field = DiaryForm.formField(ex.field());
				if (field == null) {
					errors.reject("diary.code." + codeKey(ex.code()));
				}
				else {
					errors.rejectValue(field, "diary.code." + codeKey(ex.code()));
				}
			}
			catch (DriftException ex) {
				String field = codeField(ex.code());
				if (field != null && DiaryForm.formField(field) != null) {
					// marked beside its field, which opens the collapsed section it is in
					errors.rejectValue(DiaryForm.formField(field), "diary.code." + ex.code().replace(':', '.'));
				}
				else {
					errors.reject("diary.code." + codeKey(ex.code()));
				}
			}
		}
		LocalDate day = parse(form.diaryDate()).orElse(this.diary.today(me));
		return page(actor, me, day, this.diary.entry(actor, actor.clientId(), day), model);
	}

	/** The client sets when (or whether) the morning reminder comes. */
	@PostMapping("/me/diary/reminder")
	String reminder(Actor actor, @RequestParam(defaultValue = "") String time,
			@RequestParam(defaultValue = "false") String enabled, RedirectAttributes redirect) {
		try {
			this.diary.changeReminder(actor, actor.clientId(), LocalTime.parse(time.strip()), "true".equals(enabled));
			redirect.addFlashAttribute("reminderSaved", true);
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("reminderInvalid", true);
		}
		return "redirect:/me/diary";
	}

	/** The optional question the morning after a massage session. */
	@PostMapping("/me/diary/relaxed")
	String relaxed(Actor actor, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String relaxed, RedirectAttributes redirect) {
		Optional<LocalDate> day = parse(date);
		try {
			if (day.isPresent()) {
				this.diary.recordRelaxed(actor, actor.clientId(), day.get(),
						relaxed.isBlank() ? null : Integer.valueOf(relaxed.strip()));
				redirect.addFlashAttribute("relaxedSaved", true);
			}
		}
		catch (NumberFormatException | DriftException ex) {
			redirect.addFlashAttribute("relaxedInvalid", true);
		}
		return "redirect:/me/diary" + day.map((d) -> "?date=" + d).orElse("");
	}

	private String page(Actor actor, ClientProfile me, LocalDate day, Optional<DiaryEntryView> entry, Model model) {
		LocalDate today = this.diary.today(me);
		Map<LocalDate, DiaryEntryView> recent = this.diary.entries(actor, actor.clientId(), today.minusDays(7), today)
			.stream()
			.collect(Collectors.toMap(DiaryEntryView::diaryDate, Function.identity()));
		List<DayLink> days = new ArrayList<>();
		for (LocalDate d = today; !d.isBefore(today.minusDays(7)); d = d.minusDays(1)) {
			days.add(new DayLink(d, recent.containsKey(d), d.equals(day)));
		}
		model.addAttribute("day", day);
		model.addAttribute("entry", entry.orElse(null));
		model.addAttribute("figures", entry.map((e) -> NightFigures.of(e.metrics())).orElse(null));
		model.addAttribute("locked", entry.map((e) -> !e.editable()).orElse(false));
		model.addAttribute("days", days);
		model.addAttribute("settings", this.diary.settings(actor, actor.clientId()));
		model.addAttribute("sessionNight", this.diary.sessionNight(actor, actor.clientId(), day).orElse(null));
		return "sleep/diary";
	}

	/** "MISSING_REQUIRED:solMinutes" → "MISSING_REQUIRED": the message key part. */
	/** The field a code such as {@code OUT_OF_RANGE:sleepMedication} names, or null. */
	static String codeField(String code) {
		int colon = code.indexOf(':');
		return colon < 0 ? null : code.substring(colon + 1);
	}

	static String codeKey(String code) {
		int colon = code.indexOf(':');
		return colon < 0 ? code : code.substring(0, colon);
	}

	private static Optional<LocalDate> parse(String date) {
		try {
			return (date == null || date.isBlank()) ? Optional.empty() : Optional.of(LocalDate.parse(date));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** One of the last 8 diary dates, with whether it is recorded. */
	record DayLink(LocalDate date, boolean recorded, boolean current) {

	}

}
