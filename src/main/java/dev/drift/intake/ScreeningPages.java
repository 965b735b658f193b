package dev.drift.intake;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.Option;
import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import dev.drift.screening.RuleRow;
import dev.drift.screening.RuleSettings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the screening pages show in words: the modifications as a checklist for the
 * session sheet, the fired rows with their therapist notes, and the client's rebooking
 * rules with dates.
 */
@Component
class ScreeningPages {

	private static final Pattern CALL = Pattern.compile("([A-Z_]+)\\((.*)\\)");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final Questionnaire questionnaire;

	private final MessageSource messages;

	ScreeningPages(Questionnaire questionnaire, MessageSource messages) {
		this.questionnaire = questionnaire;
		this.messages = messages;
	}

	/** One checklist line per canonical modification. */
	List<ChecklistItem> checklist(ScreeningResult result) {
		return result.mustIncludeModifications().stream().map((m) -> new ChecklistItem(m, describe(m))).toList();
	}

	String describe(String modification) {
		Matcher m = CALL.matcher(modification);
		if (!m.matches()) {
			return msg("intake.mod." + modification, modification);
		}
		String code = m.group(1);
		String[] args = m.group(2).split(",");
		return switch (code) {
			case "AVOID_AREA" -> msg("intake.mod.AVOID_AREA", modification, area(args[0]));
			case "CAP" -> "global".equals(args[0]) ? msg("intake.mod.CAP.global", modification, pressure(args[1]))
					: msg("intake.mod.CAP", modification, area(args[0]), pressure(args[1]));
			case "AVOID_POINTS" -> msg("intake.mod.AVOID_POINTS", modification, String.join(", ", args));
			case "MAX_MINUTES" -> msg("intake.mod.MAX_MINUTES", modification, args[0]);
			default -> msg("intake.mod." + code + "." + args[0], modification);
		};
	}

	/** The fired rows: id, title and the therapist notes. */
	List<RuleRow> firedRows(ScreeningResult result) {
		return result.triggeredRules().stream().map((id) -> this.questionnaire.rule(id).orElseThrow()).toList();
	}

	/**
	 * The signposts with their plain titles (a rule's title, or the code alone if
	 * unknown).
	 */
	List<RuleRow> signposts(ScreeningResult result) {
		return result.signposts()
			.stream()
			.map((id) -> this.questionnaire.rule(id).orElse(new RuleRow(id, id, List.of(), null, List.of())))
			.toList();
	}

	String area(String id) {
		return this.questionnaire.bodyAreas()
			.stream()
			.filter((o) -> o.value().equals(id))
			.findFirst()
			.map(Option::text)
			.orElse(id);
	}

	String pressure(String code) {
		return msg("intake.pressure." + code, code);
	}

	/**
	 * When the client may rebook after a DEFER: a line per deferring row that has a rule
	 * for it, with the earliest date where one follows from the answers.
	 */
	List<String> rebookRules(ScreeningView view, ZoneId zone, RuleSettings settings) {
		List<String> lines = new ArrayList<>();
		if (view.result().sessionLevel() != Level.DEFER) {
			return lines;
		}
		LocalDate screened = view.screenedAt().atZone(zone).toLocalDate();
		for (String rule : view.result().triggeredRules()) {
			String line = switch (rule) {
				case "G01", "G02" -> msg("intake.result.rebook.fever", null, DAY.format(screened.plusDays(1)));
				case "G23" -> msg("intake.result.rebook.G23", null, DAY.format(screened.plusDays(1)));
				case "G06" -> msg("intake.result.rebook.G06", null);
				case "G13" -> view.answers().path("cancer_low_counts_today").asBoolean(false)
						? msg("intake.result.rebook.G13", null) : null;
				case "G18" -> firstTrimester(view, settings, screened);
				default -> null;
			};
			if (line != null && !lines.contains(line)) {
				lines.add(line);
			}
		}
		if (lines.isEmpty()) {
			lines.add(msg("intake.result.rebook.settled", null));
		}
		return lines;
	}

	private String firstTrimester(ScreeningView view, RuleSettings settings, LocalDate screened) {
		if (settings.firstTrimesterLevel() != Level.DEFER || !view.answers().has("pregnancy_weeks")) {
			return null;
		}
		int weeks = view.answers().path("pregnancy_weeks").asInt();
		int wait = settings.firstTrimesterMaxWeeks() + 1 - weeks;
		return msg("intake.result.rebook.G18", null, settings.firstTrimesterMaxWeeks() + 1,
				DAY.format(screened.plusWeeks(Math.max(wait, 0))));
	}

	private String msg(String key, String fallback, Object... args) {
		return this.messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

	/**
	 * One line of the session-sheet checklist: the canonical code and its wording.
	 */
	record ChecklistItem(String code, String text) {
	}

}
