package dev.drift.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.ScreeningResult;
import dev.drift.screening.ClientMessage;
import dev.drift.screening.RuleRow;
import dev.drift.people.ClientId;
import dev.drift.people.ClinicProfile;
import dev.drift.people.EmergencyNumbers;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a result into what the client reads: the texts of the rows that fired
 * ({@code intake.rule.<id>.client}), the next step for the level, and what to ask their
 * clinician; the clinic's numbers fill the urgent texts.
 */
@Component
class ClientMessages {

	static final String DEFAULT_EMERGENCY = "999";

	static final String DEFAULT_URGENT = "111";

	private final MessageSource messages;

	private final Questionnaire questionnaire;

	ClientMessages(MessageSource messages, Questionnaire questionnaire) {
		this.messages = messages;
		this.questionnaire = questionnaire;
	}

	ScreeningView view(UUID id, ClientId client, String kind, String version, Instant at, JsonNode answers,
			ScreeningResult result, ClinicProfile clinic) {
		Locale locale = clinic.locale() == null ? Locale.UK : clinic.locale();
		EmergencyNumbers numbers = clinic.emergencyNumbers();
		String emergency = numbers == null || blank(numbers.emergency()) ? DEFAULT_EMERGENCY : numbers.emergency();
		String urgent = numbers == null || blank(numbers.urgentAdvice()) ? DEFAULT_URGENT : numbers.urgentAdvice();
		Object[] args = { emergency, urgent };
		List<ClientMessage> texts = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String rule : result.triggeredRules()) {
			String text = this.messages.getMessage("intake.rule." + rule + ".client", args, "", locale);
			if (!text.isEmpty() && seen.add(text)) {
				texts.add(new ClientMessage(rule, text));
			}
		}
		String nextKey = result.emergency() ? "intake.next.EMERGENCY" : "intake.next." + result.sessionLevel();
		String next = this.messages.getMessage(nextKey, args, locale);
		List<String> asks = result.clearanceRules()
			.stream()
			.map((rule) -> this.questionnaire.rule(rule).map(RuleRow::title).orElse(rule))
			.toList();
		return new ScreeningView(id, client, kind, version, at, answers, result, texts, next, asks, urgent, emergency);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
