package dev.drift.questionnaires;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;

import org.springframework.stereotype.Component;

/**
 * A client's questionnaire history and what is due, for the client or staff of their
 * clinic (staff reads audited as {@code QUESTIONNAIRE_READ}).
 */
@Component
class QuestionnaireReader {

	static final String READ = "QUESTIONNAIRE_READ";

	private final QuestionnaireResponseRepository responses;

	private final QuestionnaireScheduleSettings settings;

	private final People people;

	private final QuestionnaireRequests requests;

	private final Clock clock;

	QuestionnaireReader(QuestionnaireResponseRepository responses, QuestionnaireScheduleSettings settings,
			People people, QuestionnaireRequests requests, Clock clock) {
		this.responses = responses;
		this.settings = settings;
		this.people = people;
		this.requests = requests;
		this.clock = clock;
	}

	QuestionnaireHistory history(Actor actor, ClientId client) {
		ClientProfile profile = this.people.reach(actor, client, READ);
		List<QuestionnaireResponse> stored = stored(profile);
		return new QuestionnaireHistory(client, QuestionnaireResults.of(stored, Instrument.ISI),
				QuestionnaireResults.of(stored, Instrument.PSQI), due(profile, stored));
	}

	/** Every response with its answers, oldest first, for the client's record. */
	List<CompletedQuestionnaire> completed(Actor actor, ClientId client) {
		ClientProfile profile = this.people.reach(actor, client, READ);
		List<QuestionnaireResponse> stored = stored(profile);
		Map<UUID, QuestionnaireResult> results = new HashMap<>();
		for (Instrument instrument : Instrument.values()) {
			QuestionnaireResults.of(stored, instrument).forEach((result) -> results.put(result.id(), result));
		}
		return stored.stream()
			.map((response) -> new CompletedQuestionnaire(results.get(response.id()), response.instrumentVersion(),
					InstrumentInput.JSON.readTree(response.answers())))
			.toList();
	}

	/** What is due; for the client's own home page (a staff caller is audited). */
	List<QuestionnaireDue> due(Actor actor, ClientId client) {
		ClientProfile profile = this.people.reach(actor, client, READ);
		return due(profile, stored(profile));
	}

	/** A client's scored results, oldest first (system call, not audited). */
	List<QuestionnaireResult> results(ClientProfile profile) {
		return results(stored(profile));
	}

	/**
	 * Each of a clinic's clients' scored results, oldest first, read in one statement
	 * (system call, not audited); clients without any are absent.
	 */
	Map<UUID, List<QuestionnaireResult>> results(UUID clinic, java.util.Collection<UUID> clients) {
		Map<UUID, List<QuestionnaireResponse>> byClient = new HashMap<>();
		if (!clients.isEmpty()) {
			this.responses.findByClinicIdAndClientIdInOrderByCompletedAtAscIdAsc(clinic, clients)
				.forEach((r) -> byClient.computeIfAbsent(r.clientId(), (k) -> new java.util.ArrayList<>()).add(r));
		}
		Map<UUID, List<QuestionnaireResult>> results = new HashMap<>();
		byClient.forEach((client, stored) -> results.put(client, results(stored)));
		return results;
	}

	private static List<QuestionnaireResult> results(List<QuestionnaireResponse> stored) {
		List<QuestionnaireResult> all = new java.util.ArrayList<>(QuestionnaireResults.of(stored, Instrument.ISI));
		all.addAll(QuestionnaireResults.of(stored, Instrument.PSQI));
		all.sort(java.util.Comparator.comparing(QuestionnaireResult::completedAt));
		return all;
	}

	/** What is due for a client, for the system's reminders (no actor, not audited). */
	List<QuestionnaireDue> due(ClientProfile profile) {
		return due(profile, stored(profile));
	}

	private List<QuestionnaireResponse> stored(ClientProfile profile) {
		return this.responses.findByClinicIdAndClientIdOrderByCompletedAtAscIdAsc(profile.clinicId().value(),
				profile.id().value());
	}

	/**
	 * The schedule's occurrences due today, and any requested one (a plan's review) whose
	 * date has come and that no response has met; one occurrence per instrument, the
	 * earlier date first.
	 */
	private List<QuestionnaireDue> due(ClientProfile profile, List<QuestionnaireResponse> stored) {
		Map<Instrument, LocalDate> last = new EnumMap<>(Instrument.class);
		stored.forEach((r) -> last.put(r.instrument(), r.completedAt().atZone(profile.timeZone()).toLocalDate()));
		Instant registered = this.people.registeredAt(profile.id()).orElseGet(() -> Instant.now(this.clock));
		LocalDate today = LocalDate.now(this.clock.withZone(profile.timeZone()));
		Map<Instrument, QuestionnaireDue> due = new EnumMap<>(Instrument.class);
		this.settings.schedule(profile.clinicId())
			.due(registered.atZone(profile.timeZone()).toLocalDate(), last, today)
			.forEach((occurrence) -> due.put(occurrence.instrument(), occurrence));
		Map<Instrument, List<LocalDate>> requested = this.requests.dates(profile);
		for (Instrument instrument : Instrument.values()) {
			LocalDate open = QuestionnaireRequests.firstOpen(requested.getOrDefault(instrument, List.of()),
					last.get(instrument));
			if (open != null && !open.isAfter(today)
					&& (!due.containsKey(instrument) || open.isBefore(due.get(instrument).dueOn()))) {
				due.put(instrument, new QuestionnaireDue(instrument, open));
			}
		}
		return List.copyOf(due.values());
	}

}
