package dev.drift.selfcare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.People;
import dev.drift.shared.DriftException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-care pages. Client: "My routine" — the gate's notice, the foot self-check, the
 * player (one step at a time, run by {@code /js/routine-player.js} without server round
 * trips), the bedtime combination, the log form, the streak and last 14 evenings, and the
 * evening reminder. Staff: the client's routine tonight, the assignment, and adherence
 * (also embedded in the client page).
 */
@Controller
class SelfCarePagesController {

	static final Pattern CALL = Pattern.compile("([A-Z_]+)\\(([^)]*)\\)");

	static final List<String> CHECKS = List.of("skin", "inflamed", "calf");

	static final Map<String, String> ADVICE = Map.of("skin", "F07", "inflamed", "F01", "calf", "G03");

	private final SelfCare selfCare;

	private final People people;

	private final MessageSource messages;

	SelfCarePagesController(SelfCare selfCare, People people, MessageSource messages) {
		this.selfCare = selfCare;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/me/routine")
	String mine(Actor actor, @RequestParam(required = false) String variant,
			@RequestParam(defaultValue = "false") boolean checked, @RequestParam(required = false) String skin,
			@RequestParam(required = false) String inflamed, @RequestParam(required = false) String calf,
			@RequestParam(defaultValue = "1") int speed, Model model) {
		ClientId me = actor.clientId();
		if (me == null) {
			return "redirect:/home";
		}
		Routine routine;
		try {
			routine = this.selfCare.routine(actor, me, variant);
		}
		catch (DriftException ex) {
			model.addAttribute("problem", ex.getMessage());
			routine = this.selfCare.routine(actor, me, null);
		}
		Map<String, String> answers = Map.of("skin", String.valueOf(skin), "inflamed", String.valueOf(inflamed), "calf",
				String.valueOf(calf));
		List<String> advice = CHECKS.stream()
			.filter((check) -> "yes".equals(answers.get(check)))
			.map(ADVICE::get)
			.toList();
		if (routine.footStepsShown() && checked && !advice.isEmpty()) {
			routine = this.selfCare.routine(actor, me, RoutineBook.HANDS_BREATH);
			model.addAttribute("selfCheckSkipped", true);
		}
		EmergencyNumbers numbers = this.people.clinic(actor.clinicId()).emergencyNumbers();
		model.addAttribute("routine", routine);
		model.addAttribute("advice", advice);
		model.addAttribute("urgentNumber", numbers.urgentAdvice());
		model.addAttribute("emergencyNumber", numbers.emergency());
		model.addAttribute("showSelfCheck", routine.footStepsShown() && !checked);
		model.addAttribute("autostart", checked);
		model.addAttribute("playerSteps", playerSteps(routine));
		model.addAttribute("speed", Math.clamp(speed, 1, 600));
		model.addAttribute("storageKey", "drift.routine." + me.value() + "." + routine.variant());
		model.addAttribute("settings", this.selfCare.settings(actor, me));
		model.addAttribute("adherence", this.selfCare.adherence(actor, me));
		model.addAttribute("reminderOptions", List.of(60, 75, 90, 105, 120));
		return "selfcare/mine";
	}

	@PostMapping("/me/routine/log")
	String log(Actor actor, @RequestParam(required = false) String variant,
			@RequestParam(required = false) Boolean completed, @RequestParam(required = false) Integer seconds,
			@RequestParam(required = false) Integer relaxation, RedirectAttributes redirect) {
		try {
			this.selfCare.log(actor, actor.clientId(), new NewRoutineLog(variant, completed, seconds, relaxation));
			redirect.addFlashAttribute("notice", "selfcare.log.saved");
		}
		catch (DriftException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/me/routine";
	}

	@PostMapping("/me/routine/reminder")
	String reminder(Actor actor, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(required = false) Integer minutes, RedirectAttributes redirect) {
		try {
			this.selfCare.changeReminder(actor, actor.clientId(), enabled, minutes);
			redirect.addFlashAttribute("notice", "selfcare.reminder.saved");
		}
		catch (DriftException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/me/routine#reminder";
	}

	@GetMapping("/clients/{id}/routine")
	String client(Actor actor, @PathVariable UUID id, Model model) {
		actor.requireStaff();
		ClientId client = new ClientId(id);
		model.addAttribute("client", this.people.client(actor, client));
		Routine routine = this.selfCare.routine(actor, client, null);
		model.addAttribute("routine", routine);
		model.addAttribute("playerSteps", playerSteps(routine));
		model.addAttribute("settings", this.selfCare.settings(actor, client));
		model.addAttribute("adherence", this.selfCare.adherence(actor, client));
		model.addAttribute("variants", RoutineBook.standard().variants().keySet());
		return "selfcare/client";
	}

	/** The adherence card alone, for the client page (htmx). */
	@GetMapping("/clients/{id}/routine/adherence")
	String adherence(Actor actor, @PathVariable UUID id, Model model) {
		actor.requireStaff();
		ClientId client = new ClientId(id);
		model.addAttribute("clientId", id);
		model.addAttribute("adherence", this.selfCare.adherence(actor, client));
		return "selfcare/client :: adherence";
	}

	@PostMapping("/clients/{id}/routine/assign")
	String assign(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String variant,
			RedirectAttributes redirect) {
		try {
			this.selfCare.assign(actor, new ClientId(id), variant);
			redirect.addFlashAttribute("notice", "selfcare.assign.saved");
		}
		catch (DriftException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/clients/" + id + "/routine";
	}

	/**
	 * The steps as the player runs them: a per-foot or per-side step once per foot or
	 * wrist (left, then right), each with its texts.
	 */
	private List<PlayerStep> playerSteps(Routine routine) {
		List<PlayerStep> steps = new ArrayList<>();
		for (Routine.Step step : routine.steps()) {
			List<String> notes = step.modifications().stream().map(this::note).toList();
			String cap = (step.pressureCap() == null) ? null
					: text("selfcare.player.pressure", text("selfcare.pressure." + step.pressureCap()));
			String find = (step.point() == null) ? null : text("selfcare.step." + step.id() + ".find");
			List<String> sides = step.sides().isEmpty() ? java.util.Collections.singletonList(null) : step.sides();
			for (String side : sides) {
				steps.add(new PlayerStep(step.id(), side, step.seconds(), text("selfcare.step." + step.id() + ".title"),
						text("selfcare.step." + step.id() + ".how"), notes, cap, step.figure(), find));
			}
		}
		return steps;
	}

	/** A modification code as a sentence for the client. */
	private String note(String code) {
		Matcher call = CALL.matcher(code);
		if (!call.matches()) {
			return text("selfcare.mod." + code);
		}
		if (call.group(1).equals("AVOID_AREA")) {
			return text("selfcare.mod.AVOID_AREA", text("selfcare.area." + call.group(2)));
		}
		String specific = this.messages.getMessage("selfcare.mod." + call.group(1) + "." + call.group(2), null, null,
				Locale.UK);
		return (specific != null) ? specific : text("selfcare.mod." + call.group(1), call.group(2));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.UK);
	}

	/**
	 * One screen of the player.
	 *
	 * @param id the step's id
	 * @param side {@code left}, {@code right} or {@code null}
	 * @param seconds its countdown
	 * @param title its title
	 * @param how what to do
	 * @param notes the condition variants as sentences
	 * @param pressure the pressure cap as a sentence, or {@code null}
	 * @param figure the figure to show, or {@code null}
	 * @param find "how to find it" for a point, or {@code null}
	 */
	record PlayerStep(String id, String side, int seconds, String title, String how, List<String> notes,
			String pressure, String figure, String find) {
	}

}
