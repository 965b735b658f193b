package dev.drift.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.drift.screening.Questionnaire;
import dev.drift.screening.ConditionFingerprint;
import dev.drift.screening.ScreeningResult;
import dev.drift.screening.Level;
import dev.drift.screening.OverridePolicy;
import dev.drift.screening.RuleRow;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.Skill;
import dev.drift.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a treatment session may be booked for a client at a time, from the latest
 * screening and the clearances and overrides recorded for it.
 */
@Component
@Transactional(readOnly = true)
class BookingGate {

	private final ScreeningStore screenings;

	private final ClearanceStore clearances;

	private final Questionnaire questionnaire;

	private final People people;

	private final MessageSource messages;

	BookingGate(ScreeningStore screenings, ClearanceStore clearances, Questionnaire questionnaire, People people,
			MessageSource messages) {
		this.screenings = screenings;
		this.clearances = clearances;
		this.questionnaire = questionnaire;
		this.people = people;
		this.messages = messages;
	}

	TreatmentDecision treatmentAllowed(ClientId clientId, Instant at) {
		ClientProfile client = this.people.findClient(clientId).orElseThrow(() -> new NotFoundException("Client"));
		Locale locale = this.people.clinic(client.clinicId()).locale();
		Optional<StoredScreening> found = this.screenings.latest(clientId.value());
		if (found.isEmpty()) {
			return new TreatmentDecision(false, TreatmentDecision.Reason.NO_INTAKE, text("NO_INTAKE", locale), Set.of(),
					List.of(), null, null, null);
		}
		StoredScreening latest = found.get();
		ScreeningResult result = latest.result();
		LocalDate day = at.atZone(client.timeZone()).toLocalDate();
		List<ClearanceStore.Stored> recorded = this.clearances.of(clientId.value());
		TreatmentDecision.Reason reason = TreatmentDecision.Reason.ALLOWED;
		List<String> missing = List.of();
		if (result.sessionLevel() == Level.URGENT) {
			reason = TreatmentDecision.Reason.URGENT;
		}
		else if (result.sessionLevel() == Level.DEFER
				&& !rowsOf(result, Level.DEFER).stream().allMatch((rule) -> overridden(recorded, rule, latest))) {
			reason = TreatmentDecision.Reason.DEFER;
		}
		else {
			missing = result.clearanceRules()
				.stream()
				.filter((rule) -> this.questionnaire.rule(rule).map(RuleRow::gatesSessionByClearance).orElse(true))
				.filter((rule) -> !overridden(recorded, rule, latest) && !cleared(recorded, rule, latest, day))
				.toList();
			if (!missing.isEmpty()) {
				reason = TreatmentDecision.Reason.CLEARANCE_REQUIRED;
			}
		}
		Set<Skill> skills = result.requiredSkills()
			.stream()
			.map((code) -> Skill.valueOf(code.toUpperCase(Locale.ROOT)))
			.collect(Collectors.toSet());
		boolean allowed = reason == TreatmentDecision.Reason.ALLOWED;
		return new TreatmentDecision(allowed, reason, text(reason.name(), locale), skills, missing,
				result.sessionLevel(), result.footLevel(), latest.id());
	}

	/**
	 * The latest screening's clearance rules that are neither cleared (valid on the day,
	 * same answers) nor overridden; empty without a screening.
	 */
	List<String> pendingClearances(ClientId clientId, Instant at) {
		ClientProfile client = this.people.findClient(clientId).orElseThrow(() -> new NotFoundException("Client"));
		Optional<StoredScreening> found = this.screenings.latest(clientId.value());
		if (found.isEmpty()) {
			return List.of();
		}
		StoredScreening latest = found.get();
		LocalDate day = at.atZone(client.timeZone()).toLocalDate();
		List<ClearanceStore.Stored> recorded = this.clearances.of(clientId.value());
		return latest.result()
			.clearanceRules()
			.stream()
			.filter((rule) -> !overridden(recorded, rule, latest) && !cleared(recorded, rule, latest, day))
			.toList();
	}

	private List<String> rowsOf(ScreeningResult result, Level level) {
		return result.triggeredRules()
			.stream()
			.filter((rule) -> this.questionnaire.rule(rule)
				.map((row) -> OverridePolicy.contributes(row, level))
				.orElse(false))
			.toList();
	}

	/** An override counts for the screening it was given on only. */
	private static boolean overridden(List<ClearanceStore.Stored> recorded, String rule, StoredScreening latest) {
		return recorded.stream()
			.anyMatch((s) -> s.clearance().isOverride() && s.clearance().rule().equals(rule)
					&& s.clearance().screeningId().equals(latest.id()));
	}

	/**
	 * A clearance counts until it expires, or until the answers behind the rule change.
	 */
	private boolean cleared(List<ClearanceStore.Stored> recorded, String rule, StoredScreening latest, LocalDate day) {
		String now = ConditionFingerprint.of(this.questionnaire, rule, latest.answers());
		return recorded.stream()
			.anyMatch((s) -> !s.clearance().isOverride() && s.clearance().rule().equals(rule)
					&& s.fingerprint().equals(now) && !day.isBefore(s.clearance().givenOn())
					&& !day.isAfter(s.clearance().expiresOn()));
	}

	private String text(String reason, Locale locale) {
		return this.messages.getMessage("intake.gate." + reason, new Object[] { "" },
				locale == null ? Locale.UK : locale);
	}

}
