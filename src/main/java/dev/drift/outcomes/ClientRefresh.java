package dev.drift.outcomes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.plan.Plans;
import dev.drift.questionnaires.QuestionnaireResult;
import dev.drift.questionnaires.Questionnaires;
import dev.drift.selfcare.SelfCare;
import dev.drift.sessions.AttendedSession;
import dev.drift.sessions.Sessions;
import dev.drift.sleep.DatedNight;
import dev.drift.sleep.SleepDiary;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-projects clients from the source modules' facades (system reads, not audited), a
 * batch at a time: the diary nights and first sessions (sleep), attended sessions
 * (sessions), routine evenings (self-care), ISI/PSQI results (questionnaires) and plan
 * profiles (plan) of the whole batch each in one statement. A batch is replaced in one
 * transaction with batched writes; a listener's refresh is a batch of one client (the
 * same code). Two refreshes of one client at once: the later retries once.
 */
@Component
class ClientRefresh {

	private final People people;

	private final SleepDiary diary;

	private final Sessions sessions;

	private final SelfCare selfCare;

	private final Questionnaires questionnaires;

	private final Plans plans;

	private final OutcomesStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClientRefresh(People people, SleepDiary diary, Sessions sessions, SelfCare selfCare, Questionnaires questionnaires,
			Plans plans, OutcomesStore store, PlatformTransactionManager transactions, Clock clock) {
		this.people = people;
		this.diary = diary;
		this.sessions = sessions;
		this.selfCare = selfCare;
		this.questionnaires = questionnaires;
		this.plans = plans;
		this.store = store;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Refreshes the client's rows; an unknown or erased client's rows are deleted. */
	void refresh(ClientId id) {
		Optional<ClientProfile> found = this.people.findClient(id);
		if (found.isEmpty()) {
			this.transactions.executeWithoutResult((status) -> this.store.erase(id.value()));
			return;
		}
		refresh(List.of(found.get()));
	}

	/**
	 * Refreshes a batch of clients in one transaction (erased clients' rows are deleted).
	 */
	void refresh(List<ClientProfile> clients) {
		try {
			this.transactions.executeWithoutResult((status) -> refreshNow(clients));
		}
		catch (DataIntegrityViolationException ex) {
			// another refresh of one of these clients inserted its row first: do it again
			this.transactions.executeWithoutResult((status) -> refreshNow(clients));
		}
	}

	private void refreshNow(List<ClientProfile> batch) {
		List<ClientProfile> live = batch.stream().filter((c) -> c.erasedAt() == null).toList();
		List<ClientId> ids = live.stream().map(ClientProfile::id).toList();
		Map<ClientId, List<DatedNight>> nights = this.diary.validNights(ids);
		Map<ClientId, java.time.LocalDate> firstSessions = this.diary.firstSessions(ids);
		Map<ClientId, List<AttendedSession>> attended = this.sessions.attendedSessions(ids);
		Map<ClientId, List<java.time.LocalDate>> evenings = this.selfCare.routineEvenings(ids);
		Map<ClientId, String> profiles = this.plans.profilesOf(ids);
		Map<ClientId, List<QuestionnaireResult>> results = new HashMap<>();
		live.stream()
			.collect(Collectors.groupingBy(ClientProfile::clinicId,
					Collectors.mapping(ClientProfile::id, Collectors.toList())))
			.forEach((clinic, clients) -> results.putAll(this.questionnaires.results(clinic, clients)));
		List<ClientFacts> facts = new ArrayList<>(live.size());
		for (ClientProfile client : live) {
			ClientId id = client.id();
			List<ClientFacts.Attended> sessions = attended.getOrDefault(id, List.of())
				.stream()
				.map((s) -> new ClientFacts.Attended(s.appointmentId(), s.therapistId(), s.start(), s.signed(),
						s.techniques().stream().map(Enum::name).toList(), s.minutes(),
						(s.driftOff() == null) ? null : s.driftOff().name()))
				.toList();
			List<ClientFacts.ScoreRow> scores = results.getOrDefault(id, List.of())
				.stream()
				.map((r) -> new ClientFacts.ScoreRow(r.id(), r.instrument().name(), r.completedAt(), r.total(),
						r.category()))
				.toList();
			facts.add(ClientFacts.of(client.clinicId().value(), id.value(), client.timeZone(), profiles.get(id),
					firstSessions.get(id), nights.getOrDefault(id, List.of()), sessions,
					evenings.getOrDefault(id, List.of()), scores));
		}
		this.store.replace(batch.stream().map((c) -> c.id().value()).toList(), facts, this.clock.instant());
	}

}
