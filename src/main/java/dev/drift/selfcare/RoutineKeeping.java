package dev.drift.selfcare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.drift.intake.Intake;
import dev.drift.intake.ScreeningView;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.screening.ScreeningResult;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.ForbiddenException;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.RuleViolationException;
import dev.drift.sleep.DiaryEntryView;
import dev.drift.sleep.SleepDiary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routine for tonight (gate every time), the log and adherence, the therapist's
 * assignment and the client's reminder setting. Every call goes through
 * {@link People#reach}: another client's or clinic's id is not found (404).
 */
@Service
@Transactional
class RoutineKeeping {

	static final int EVENINGS = 14;

	static final int OUTCOME_NIGHTS = 56;

	private final SelfCareStore store;

	private final People people;

	private final Intake intake;

	private final SleepDiary diary;

	private final Clock clock;

	private final RoutineBook book = RoutineBook.standard();

	RoutineKeeping(SelfCareStore store, People people, Intake intake, SleepDiary diary, Clock clock) {
		this.store = store;
		this.people = people;
		this.intake = intake;
		this.diary = diary;
		this.clock = clock;
	}

	Routine routine(Actor actor, ClientId clientId, String variant) {
		ClientProfile client = this.people.reach(actor, clientId, "ROUTINE_READ");
		Instant now = this.clock.instant();
		RoutineSettings settings = enrolled(actor, client, now);
		ScreeningResult result = this.intake.latestScreening(actor, clientId).map(ScreeningView::result).orElse(null);
		Routine.Gate gate = RoutinePlanner.gate(result, this.intake.pendingClearances(clientId, now));
		String chosen = RoutinePlanner.variant(this.book, blankToNull(variant), settings.assignedVariant(), gate);
		return RoutinePlanner.plan(this.book, chosen, result, gate, evenings(client).daySleeper(now));
	}

	RoutineLog log(Actor actor, ClientId clientId, NewRoutineLog request) {
		ClientProfile client = this.people.reach(actor, clientId, "ROUTINE_LOGGED");
		if (!clientId.equals(actor.clientId())) {
			throw new ForbiddenException();
		}
		check(request);
		Instant now = this.clock.instant();
		routine(actor, clientId, request.variant());
		return save(client, request, now);
	}

	/** Routines done before (the demo's history), admin only; not gated again. */
	int importLogs(Actor actor, ClientId clientId, List<PastRoutine> past) {
		actor.requireAdmin();
		ClientProfile client = this.people.reach(actor, clientId, "ROUTINE_LOGGED");
		for (PastRoutine routine : past) {
			NewRoutineLog request = new NewRoutineLog(routine.variant(), routine.completed(), routine.seconds(),
					routine.relaxation());
			check(request);
			save(client, request, routine.at());
		}
		if (this.store.settings(clientId.value()).isEmpty()) {
			save(client, RoutineSettings.defaults(), this.clock.instant());
		}
		return past.size();
	}

	private RoutineLog save(ClientProfile client, NewRoutineLog request, Instant at) {
		client.requireHealthDataAllowed();
		Evenings.Night night = evenings(client).nightOf(at);
		RoutineLog log = new RoutineLog(UUID.randomUUID(), request.variant(), request.completed(), request.seconds(),
				request.relaxation(), night.evening(), night.diaryDate(), at);
		this.store.insert(client.clinicId().value(), client.id().value(), log);
		return log;
	}

	/** The client's logs of the last eight weeks, newest first. */
	List<RoutineLog> logs(Actor actor, ClientId clientId) {
		ClientProfile client = this.people.reach(actor, clientId, "ROUTINE_READ");
		LocalDate tonight = tonight(client);
		return this.store.logs(clientId.value(), tonight.minusDays(OUTCOME_NIGHTS), tonight);
	}

	/** Every log the client has, newest first (the data export). */
	List<RoutineLog> allLogs(Actor actor, ClientId clientId) {
		ClientProfile client = this.people.reach(actor, clientId, "ROUTINE_READ");
		LocalDate tonight = tonight(client);
		return this.store.logs(clientId.value(), tonight.minusYears(100), tonight.plusDays(1));
	}

	Adherence adherence(Actor actor, ClientId clientId) {
		ClientProfile client = this.people.reach(actor, clientId, "ROUTINE_READ");
		Evenings evenings = evenings(client);
		Instant now = this.clock.instant();
		LocalDate tonight = evenings.nightOf(now).diaryDate();
		boolean daySleeper = evenings.daySleeper(now);
		Map<LocalDate, RoutineLog> byNight = new HashMap<>();
		// newest first: the first log of a night is its latest; a completed one wins
		for (RoutineLog log : this.store.logs(clientId.value(), tonight.minusDays(OUTCOME_NIGHTS), tonight)) {
			byNight.merge(log.nightDate(), log,
					(kept, other) -> (!kept.completed() && other.completed()) ? other : kept);
		}
		List<Adherence.Evening> last = new ArrayList<>();
		int logged = 0;
		int completed = 0;
		for (int back = 0; back < EVENINGS; back++) {
			LocalDate night = tonight.minusDays(back);
			RoutineLog log = byNight.get(night);
			if (log == null) {
				last.add(new Adherence.Evening(daySleeper ? night : night.minusDays(1), night, "NONE", null, null,
						null));
				continue;
			}
			logged++;
			completed += log.completed() ? 1 : 0;
			last.add(new Adherence.Evening(log.eveningDate(), night, log.completed() ? "COMPLETED" : "STOPPED",
					log.variant(), log.minutes(), log.relaxation()));
		}
		int streak = 0;
		LocalDate night = byNight.containsKey(tonight) ? tonight : tonight.minusDays(1);
		while (byNight.containsKey(night)) {
			streak++;
			night = night.minusDays(1);
		}
		return new Adherence(streak, logged, completed, last, outcomes(actor, clientId, tonight, byNight.keySet()));
	}

	private Adherence.Outcomes outcomes(Actor actor, ClientId clientId, LocalDate tonight, Set<LocalDate> withRoutine) {
		List<DiaryEntryView> nights = this.diary.entries(actor, clientId, tonight.minusDays(OUTCOME_NIGHTS), tonight);
		List<DiaryEntryView> with = nights.stream().filter((n) -> withRoutine.contains(n.diaryDate())).toList();
		List<DiaryEntryView> without = nights.stream().filter((n) -> !withRoutine.contains(n.diaryDate())).toList();
		return new Adherence.Outcomes(with.size(), without.size(), meanSe(with), meanSe(without),
				mean(with, (n) -> n.metrics().solMinutes()), mean(without, (n) -> n.metrics().solMinutes()));
	}

	private static BigDecimal meanSe(List<DiaryEntryView> nights) {
		if (nights.isEmpty()) {
			return null;
		}
		BigDecimal sum = nights.stream().map((n) -> n.metrics().sePercent()).reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(nights.size()), 1, RoundingMode.HALF_UP);
	}

	private static Integer mean(List<DiaryEntryView> nights, Function<DiaryEntryView, Integer> value) {
		return nights.isEmpty() ? null : (int) Math.round(nights.stream().mapToInt(value::apply).average().orElse(0));
	}

	RoutineSettings settings(Actor actor, ClientId clientId) {
		this.people.reach(actor, clientId, "ROUTINE_READ");
		return this.store.settings(clientId.value()).orElse(RoutineSettings.defaults());
	}

	/** Staff assign a variant, or {@code null} to leave the choice to the gate. */
	RoutineSettings assign(Actor actor, ClientId clientId, String variant) {
		actor.requireStaff();
		ClientProfile client = this.people.reach(actor, clientId, "ROUTINE_ASSIGNED");
		String chosen = blankToNull(variant);
		if (chosen != null && !this.book.knows(chosen)) {
			throw RoutinePlanner.unknownVariant(this.book);
		}
		Instant now = this.clock.instant();
		RoutineSettings current = this.store.settings(clientId.value()).orElse(RoutineSettings.defaults());
		RoutineSettings changed = new RoutineSettings(chosen, current.reminderEnabled(), current.reminderMinutes());
		save(client, changed, now);
		this.store.assigned(clientId.value(), actor.accountId(), now);
		return changed;
	}

	/** The client turns the evening reminder on or off and chooses how early. */
	RoutineSettings changeReminder(Actor actor, ClientId clientId, boolean enabled, Integer minutes) {
		ClientProfile client = this.people.reach(actor, clientId, "ROUTINE_REMINDER_CHANGED");
		if (minutes == null || minutes < RoutineSettings.MIN_MINUTES || minutes > RoutineSettings.MAX_MINUTES) {
			throw new InvalidInputException("INVALID_REMINDER", "Choose 60 to 120 minutes before your bedtime",
					List.of(new FieldProblem("minutes", minutes == null ? "REQUIRED" : "OUT_OF_RANGE",
							"Choose 60 to 120 minutes before your bedtime")));
		}
		RoutineSettings current = this.store.settings(clientId.value()).orElse(RoutineSettings.defaults());
		RoutineSettings changed = new RoutineSettings(current.assignedVariant(), enabled, minutes);
		save(client, changed, this.clock.instant());
		return changed;
	}

	/** Recomputes a client's next reminder from their schedule now (a new screening). */
	void refreshReminder(ClientId clientId) {
		this.people.findClient(clientId)
			.ifPresent((client) -> this.store.settings(clientId.value())
				.ifPresent((settings) -> save(client, settings, this.clock.instant())));
	}

	/** The settings, creating the default row (and reminder) on first use. */
	private RoutineSettings enrolled(Actor actor, ClientProfile client, Instant now) {
		return this.store.settings(client.id().value()).orElseGet(() -> {
			RoutineSettings defaults = RoutineSettings.defaults();
			if (client.id().equals(actor.clientId())) {
				save(client, defaults, now);
			}
			return defaults;
		});
	}

	private void save(ClientProfile client, RoutineSettings settings, Instant now) {
		Instant next = settings.reminderEnabled() ? evenings(client).reminderAfter(settings.reminderMinutes(), now).at()
				: null;
		this.store.save(client.clinicId().value(), client.id().value(), settings, next);
	}

	private void check(NewRoutineLog request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.variant() == null || request.variant().isBlank()) {
			problems.add(new FieldProblem("variant", "REQUIRED", "Say which variant you did"));
		}
		else if (!this.book.knows(request.variant())) {
			problems.add(new FieldProblem("variant", "UNKNOWN_VARIANT",
					"Use one of " + String.join(", ", this.book.variants().keySet())));
		}
		if (request.completed() == null) {
			problems.add(new FieldProblem("completed", "REQUIRED", "Say whether you finished or stopped early"));
		}
		if (request.seconds() == null) {
			problems.add(new FieldProblem("seconds", "REQUIRED", "Say how long it ran"));
		}
		else if (request.seconds() < 1 || request.seconds() > NewRoutineLog.MAX_SECONDS) {
			problems.add(new FieldProblem("seconds", "OUT_OF_RANGE", "1 to 7200 seconds"));
		}
		if (request.relaxation() != null && (request.relaxation() < 0 || request.relaxation() > 10)) {
			problems.add(new FieldProblem("relaxation", "OUT_OF_RANGE", "0 to 10"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("INVALID_ROUTINE_LOG", "The log is not complete", problems);
		}
	}

	private LocalDate tonight(ClientProfile client) {
		return evenings(client).nightOf(this.clock.instant()).diaryDate();
	}

	static Evenings evenings(ClientProfile client) {
		return new Evenings(client.sleep(), client.timeZone());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
