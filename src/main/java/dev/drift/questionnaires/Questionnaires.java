package dev.drift.questionnaires;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicId;
import dev.drift.people.People;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire half of the sleep module: the ISI and PSQI definitions, stateless
 * scoring (answers in the vectors' JSON form), stored responses with their history and
 * ISI change, the clinic's schedule and what is due. Client records are reachable by the
 * client and by staff of their clinic; anything else answers 404.
 */
@Service
@Transactional
public class Questionnaires {

	private final InstrumentCatalog catalog;

	private final QuestionnaireRecorder recorder;

	private final QuestionnaireReader reader;

	private final QuestionnaireScheduleSettings settings;

	private final QuestionnaireRequests requests;

	private final People people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Questionnaires(InstrumentCatalog catalog, QuestionnaireRecorder recorder, QuestionnaireReader reader,
			QuestionnaireScheduleSettings settings, QuestionnaireRequests requests, People people, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.catalog = catalog;
		this.recorder = recorder;
		this.reader = reader;
		this.settings = settings;
		this.requests = requests;
		this.people = people;
		this.clock = clock;
	}

	public InstrumentDefinition definition(Instrument instrument) {
		return this.catalog.get(instrument);
	}

	/** Scores PSQI answers without storing them (any signed-in user). */
	public PsqiScore scorePsqi(Actor actor, JsonNode answers) {
		return PsqiScoring.score(PsqiAnswers.fromJson(answers));
	}

	/** Scores ISI answers ({@code {"items": {...}}}) without storing them. */
	public IsiScore scoreIsi(Actor actor, JsonNode answers) {
		return IsiScore.of(IsiAnswers.fromJson(answers));
	}

	/** Compares two ISI totals ({@code {"baselineTotal", "followUpTotal"}}). */
	public IsiChange isiChange(Actor actor, JsonNode totals) {
		return IsiChange.fromJson(totals);
	}

	public QuestionnaireResult record(Actor actor, ClientId client, Instrument instrument, JsonNode answers) {
		return answered(client, this.recorder.record(actor, client, instrument, answers));
	}

	/**
	 * Staff record a questionnaire the client completed earlier (a paper form, or the
	 * demo clinic's history); {@code completedAt} may not be in the future.
	 */
	public QuestionnaireResult recordCompleted(Actor actor, ClientId client, Instrument instrument, JsonNode answers,
			Instant completedAt) {
		return answered(client, this.recorder.recordCompleted(actor, client, instrument, answers, completedAt));
	}

	/**
	 * The client's ISI and PSQI results with their scores, oldest first (system call for
	 * outcomes' read model, not audited; none for an unknown client).
	 */
	@Transactional(readOnly = true)
	public List<QuestionnaireResult> results(ClientId client) {
		return this.people.findClient(client).map(this.reader::results).orElse(List.of());
	}

	/**
	 * Each of the clinic's clients' ISI and PSQI results, oldest first, read in one
	 * statement (system call for outcomes' read models, not audited); clients without any
	 * (or of another clinic) are absent.
	 */
	@Transactional(readOnly = true)
	public Map<ClientId, List<QuestionnaireResult>> results(ClinicId clinic, Collection<ClientId> clients) {
		Map<ClientId, List<QuestionnaireResult>> results = new HashMap<>();
		this.reader.results(clinic.value(), clients.stream().map(ClientId::value).toList())
			.forEach((client, list) -> results.put(new ClientId(client), list));
		return results;
	}

	private QuestionnaireResult answered(ClientId client, QuestionnaireResult result) {
		this.people.findClient(client)
			.ifPresent((profile) -> this.events.publishEvent(new QuestionnaireAnswered(profile.clinicId().value(),
					client.value(), result.id(), result.instrument())));
		return result;
	}

	/** Not read-only: a staff read writes its audit row. */
	public QuestionnaireHistory history(Actor actor, ClientId client) {
		return this.reader.history(actor, client);
	}

	/**
	 * Every completed questionnaire with its answers and scores, oldest first, for the
	 * client's record (staff reads audited).
	 */
	public List<CompletedQuestionnaire> completed(Actor actor, ClientId client) {
		return this.reader.completed(actor, client);
	}

	/**
	 * Deletes every questionnaire response and request of the client (system call of the
	 * approved erasure workflow); answers how many rows went.
	 */
	public int eraseClient(ClientId client) {
		return this.requests.eraseClient(client);
	}

	public List<QuestionnaireDue> due(Actor actor, ClientId client) {
		return this.reader.due(actor, client);
	}

	@Transactional(readOnly = true)
	public QuestionnaireSchedule schedule(ClinicId clinic) {
		return this.settings.schedule(clinic);
	}

	public QuestionnaireSchedule changeSchedule(Actor actor, QuestionnaireSchedule schedule) {
		return this.settings.change(actor, schedule);
	}

	/**
	 * Staff ask for ISI and PSQI by a date outside the schedule (a plan's review): both
	 * fall due on that date unless the client answers from a week before it; the client
	 * is reminded as for any due questionnaire. Asking again for the same date changes
	 * nothing.
	 */
	public void requestBy(Actor actor, ClientId clientId, LocalDate dueOn, String reason) {
		actor.requireStaff();
		ClientProfile client = this.people.reach(actor, clientId, "QUESTIONNAIRE_REQUESTED");
		for (Instrument instrument : Instrument.values()) {
			this.requests.request(client, instrument, dueOn, reason, this.clock.instant());
		}
	}

}
