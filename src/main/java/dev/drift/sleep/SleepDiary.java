package dev.drift.sleep;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.shared.ConflictException;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sleep diary: stateless metrics and summaries for any signed-in user, and each
 * client's stored diary (one entry per diary date, changeable for 7 days) with its
 * baseline and weekly summaries. The client reaches their own diary, staff their clinic's
 * clients (audited); anything else is "not found".
 */
@Service
@Transactional
public class SleepDiary {

	/** The longest range one diary read returns. */
	static final int MAX_RANGE_DAYS = 800;

	private final DiaryEntryRepository entries;

	private final People people;

	private final DiarySettingsStore settings;

	private final DiaryImport imports;

	private final ApplicationEventPublisher events;

	private final SessionNights sessionNights;

	private final StoredNights storedNights;

	private final Clock clock;

	SleepDiary(DiaryEntryRepository entries, People people, DiarySettingsStore settings, DiaryImport imports,
			ApplicationEventPublisher events, SessionNights sessionNights, StoredNights storedNights, Clock clock) {
		this.storedNights = storedNights;
		this.sessionNights = sessionNights;
		this.imports = imports;
		this.entries = entries;
		this.people = people;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The metrics of one night, or {@link NightRejectedException} with the spec's code.
	 */
	@Transactional(readOnly = true)
	public NightlyMetrics metrics(Actor actor, MorningEntry entry) {
		Objects.requireNonNull(actor, "actor");
		return checked(entry);
	}

	/** Means over the valid nights; invalid nights are listed by index, not refused. */
	@Transactional(readOnly = true)
	public DiarySummary summarise(Actor actor, List<MorningEntry> nights) {
		Objects.requireNonNull(actor, "actor");
		return DiarySummary.of(nights.stream().map(NightlyMetricsRules::evaluate).toList());
	}

	/**
	 * Records the night of a diary date or changes it while it is editable. The zone
	 * defaults to the client's; warnings are kept; an invalid night is not stored.
	 */
	public DiaryEntryView record(Actor actor, ClientId clientId, MorningEntry entry, EveningItems evening) {
		try {
			return store(actor, clientId, entry, evening);
		}
		catch (DuplicateKeyException | OptimisticLockingFailureException ex) {
			// the same night saved twice at once (a double tap, two devices): one wins
			throw new ConflictException("DIARY_ENTRY_CONFLICT",
					"This night was saved at the same moment elsewhere; reload it and try again");
		}
	}

	private DiaryEntryView store(Actor actor, ClientId clientId, MorningEntry entry, EveningItems evening) {
		Optional<DiaryEntry> existing = existing(clientId, entry);
		ClientProfile client = this.people.reach(actor, clientId,
				existing.isPresent() ? "DIARY_CHANGED" : "DIARY_RECORDED");
		client.requireHealthDataAllowed();
		MorningEntry zoned = withZone(entry, client);
		EveningItems items = (evening == null) ? EveningItems.none() : evening;
		String badField = items.problemField();
		if (badField != null) {
			throw new InvalidInputException("OUT_OF_RANGE:" + badField, "An evening item is out of range",
					List.of(new FieldProblem(badField, "OUT_OF_RANGE:" + badField, "This value is out of range")));
		}
		DiaryEntry.Night night = new DiaryEntry.Night(zoned, items, checked(zoned));
		Instant now = Instant.now(this.clock);
		DiaryEntry saved;
		if (existing.isPresent()) {
			existing.get().revise(night, now);
			saved = this.entries.save(existing.get());
		}
		else {
			requireOpenDate(LocalDate.parse(zoned.diaryDate()), client);
			saved = this.entries.save(DiaryEntry.record(client.clinicId().value(), clientId.value(),
					LocalDate.parse(zoned.diaryDate()), night, now));
		}
		this.settings.ensure(client.clinicId().value(), clientId.value(), client.timeZone(), now);
		this.events.publishEvent(new DiaryEntryRecorded(client.clinicId().value(), clientId.value(), saved.diaryDate(),
				existing.isPresent()));
		return saved.view(now);
	}

	/**
	 * Entries with diary dates from..to (inclusive), newest first; {@code to} defaults to
	 * today in the client's zone, {@code from} to 27 days before {@code to}.
	 */
	public List<DiaryEntryView> entries(Actor actor, ClientId clientId, LocalDate from, LocalDate to) {
		ClientProfile client = this.people.reach(actor, clientId, "DIARY_READ");
		to = (to != null) ? to : today(client);
		from = (from != null) ? from : requireOrdinary(to).minusDays(27);
		if (!NightlyMetricsRules.ordinaryDate(from) || !NightlyMetricsRules.ordinaryDate(to) || to.isBefore(from)
				|| ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
			throw new RuleViolationException("RANGE_INVALID", "Choose a range of at most " + MAX_RANGE_DAYS + " days");
		}
		Instant now = Instant.now(this.clock);
		return this.entries.findByClientIdAndDiaryDateBetweenOrderByDiaryDateDesc(clientId.value(), from, to)
			.stream()
			.map((entry) -> entry.view(now))
			.toList();
	}

	/** Every night of the client's diary, oldest first, for their record. */
	public List<DiaryEntryView> allEntries(Actor actor, ClientId clientId) {
		this.people.reach(actor, clientId, "DIARY_READ");
		Instant now = Instant.now(this.clock);
		return this.entries.findByClientIdOrderByDiaryDateAsc(clientId.value())
			.stream()
			.map((entry) -> entry.view(now))
			.toList();
	}

	/** The entry of one diary date, if recorded. */
	public Optional<DiaryEntryView> entry(Actor actor, ClientId clientId, LocalDate diaryDate) {
		this.people.reach(actor, clientId, "DIARY_READ");
		return this.entries.findByClientIdAndDiaryDate(clientId.value(), diaryDate)
			.map((entry) -> entry.view(Instant.now(this.clock)));
	}

	/**
	 * Links the diary night that follows a massage session to it (system call, from the
	 * sessions module when a session is attended).
	 */
	public void linkSession(ClientId clientId, LocalDate diaryDate, UUID appointmentId) {
		this.sessionNights.link(clientId.value(), diaryDate, appointmentId);
	}

	/** The session before a diary date's night, if one is linked. */
	@Transactional(readOnly = true)
	public Optional<SessionNight> sessionNight(Actor actor, ClientId clientId, LocalDate diaryDate) {
		this.people.reach(actor, clientId, "DIARY_READ");
		return this.sessionNights.find(clientId.value(), diaryDate);
	}

	/** The client's nights that follow a session, oldest first (for outcomes). */
	@Transactional(readOnly = true)
	public List<SessionNight> sessionNights(Actor actor, ClientId clientId) {
		this.people.reach(actor, clientId, "DIARY_READ");
		return this.sessionNights.of(clientId.value());
	}

	/**
	 * The client's optional answer the morning after a session: how relaxed they felt
	 * after it (0–10, or none); 422 {@code OUT_OF_RANGE} otherwise, 404 without a
	 * session.
	 */
	public SessionNight recordRelaxed(Actor actor, ClientId clientId, LocalDate diaryDate, Integer relaxed) {
		this.people.reach(actor, clientId, "DIARY_ENTRY_RECORDED").requireHealthDataAllowed();
		if (relaxed != null && (relaxed < 0 || relaxed > 10)) {
			throw new InvalidInputException("OUT_OF_RANGE", "0 to 10",
					List.of(new FieldProblem("relaxed", "OUT_OF_RANGE", "0 to 10")));
		}
		if (!this.sessionNights.relaxed(clientId.value(), diaryDate, relaxed)) {
			throw new NotFoundException("Session night");
		}
		return this.sessionNights.find(clientId.value(), diaryDate).orElseThrow();
	}

	/**
	 * Baseline and weekly windows, the newest week ending on {@code reference} (default:
	 * today in the client's zone).
	 */
	public SleepSummary summary(Actor actor, ClientId clientId, LocalDate reference) {
		ClientProfile client = this.people.reach(actor, clientId, "DIARY_READ");
		LocalDate end = requireOrdinary((reference != null) ? reference : today(client));
		List<DatedNight> nights = this.entries
			.findByClientIdAndDiaryDateBetweenOrderByDiaryDateDesc(clientId.value(), end.minusDays(MAX_RANGE_DAYS), end)
			.stream()
			.map((entry) -> new DatedNight(entry.diaryDate(), entry.view(Instant.EPOCH).metrics()))
			.toList();
		return SummaryRules.summarise(nights, this.settings.get(clientId.value()).firstSession(), end);
	}

	public DiarySettings settings(Actor actor, ClientId clientId) {
		this.people.reach(actor, clientId, "DIARY_SETTINGS_READ");
		return this.settings.get(clientId.value());
	}

	/** Staff record the first massage session, which ends the baseline window. */
	public DiarySettings recordFirstSession(Actor actor, ClientId clientId, LocalDate date) {
		actor.requireStaff();
		ClientProfile client = this.people.reach(actor, clientId, "DIARY_BASELINE_CHANGED");
		DiarySettings changed = this.settings.get(clientId.value()).withFirstSession(date);
		this.settings.save(client.clinicId().value(), clientId.value(), changed, client.timeZone(),
				Instant.now(this.clock));
		this.events.publishEvent(new FirstSessionRecorded(client.clinicId().value(), clientId.value(), date));
		return changed;
	}

	/**
	 * The client (or staff) sets the morning diary reminder: a local time in the client's
	 * zone, on or off.
	 */
	public DiarySettings changeReminder(Actor actor, ClientId clientId, LocalTime time, boolean enabled) {
		ClientProfile client = this.people.reach(actor, clientId, "DIARY_SETTINGS_CHANGED");
		DiarySettings changed = this.settings.get(clientId.value()).withReminder(time, enabled);
		this.settings.save(client.clinicId().value(), clientId.value(), changed, client.timeZone(),
				Instant.now(this.clock));
		return changed;
	}

	/**
	 * Staff import past nights in one batch (demo data, a paper diary typed in later):
	 * invalid nights and dates already recorded are skipped; answers how many were
	 * stored.
	 */
	public int importNights(Actor actor, ClientId clientId, List<MorningEntry> nights) {
		actor.requireStaff();
		ClientProfile client = this.people.reach(actor, clientId, "DIARY_IMPORTED");
		this.settings.ensure(client.clinicId().value(), clientId.value(), client.timeZone(), Instant.now(this.clock));
		int stored = this.imports.importNights(client.clinicId().value(), clientId.value(), nights,
				Instant.now(this.clock));
		if (stored > 0) {
			LocalDate newest = nights.stream()
				.map((night) -> LocalDate.parse(night.diaryDate()))
				.max(LocalDate::compareTo)
				.orElseThrow();
			this.events
				.publishEvent(new DiaryEntryRecorded(client.clinicId().value(), clientId.value(), newest, false));
		}
		return stored;
	}

	/**
	 * Every stored (valid) night of the client, oldest first, with the figures the diary
	 * stored (system call for outcomes' read model, not audited).
	 */
	@Transactional(readOnly = true)
	public List<DatedNight> validNights(ClientId clientId) {
		return validNights(List.of(clientId)).getOrDefault(clientId, List.of());
	}

	/**
	 * Every stored (valid) night of each client, oldest first, read in one statement with
	 * the figures stored when each night was recorded (system call for outcomes' read
	 * models, not audited); clients without nights are absent.
	 */
	@Transactional(readOnly = true)
	public Map<ClientId, List<DatedNight>> validNights(Collection<ClientId> clients) {
		Map<ClientId, List<DatedNight>> nights = new HashMap<>();
		this.storedNights.of(clients.stream().map(ClientId::value).toList())
			.forEach((client, list) -> nights.put(new ClientId(client), list));
		return nights;
	}

	/**
	 * The first massage session staff recorded for the client's baseline, if any (system
	 * call, not audited).
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> firstSession(ClientId clientId) {
		return Optional.ofNullable(this.settings.get(clientId.value()).firstSession());
	}

	/**
	 * The first massage session of each client that has one recorded, in one statement
	 * (system call for outcomes' read models, not audited).
	 */
	@Transactional(readOnly = true)
	public Map<ClientId, LocalDate> firstSessions(Collection<ClientId> clients) {
		Map<ClientId, LocalDate> first = new HashMap<>();
		this.storedNights.firstSessions(clients.stream().map(ClientId::value).toList())
			.forEach((client, date) -> first.put(new ClientId(client), date));
		return first;
	}

	/**
	 * Deletes the client's diary and diary settings (system call of the approved erasure
	 * workflow); answers how many rows went.
	 */
	public int eraseClient(ClientId clientId) {
		return this.settings.eraseClient(clientId.value());
	}

	/** Today's date in the client's zone. */
	LocalDate today(ClientProfile client) {
		return LocalDate.now(this.clock.withZone(client.timeZone()));
	}

	private Optional<DiaryEntry> existing(ClientId clientId, MorningEntry entry) {
		try {
			LocalDate date = (entry.diaryDate() == null) ? null : LocalDate.parse(entry.diaryDate().strip());
			return (date == null || !NightlyMetricsRules.ordinaryDate(date)) ? Optional.empty()
					: this.entries.findByClientIdAndDiaryDate(clientId.value(), date);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static LocalDate requireOrdinary(LocalDate date) {
		if (!NightlyMetricsRules.ordinaryDate(date)) {
			throw new RuleViolationException("RANGE_INVALID", "Choose dates with a four-digit year");
		}
		return date;
	}

	private void requireOpenDate(LocalDate diaryDate, ClientProfile client) {
		LocalDate today = today(client);
		if (diaryDate.isAfter(today)) {
			throw new RuleViolationException("DIARY_DATE_IN_FUTURE", "A night can be recorded on its morning or later");
		}
		if (diaryDate.isBefore(today.minusDays(7))) {
			throw new RuleViolationException("DIARY_DATE_CLOSED", "Nights can be recorded for the last 7 days");
		}
	}

	private static MorningEntry withZone(MorningEntry e, ClientProfile client) {
		if (e.timeZone() != null && !e.timeZone().isBlank()) {
			return e;
		}
		return new MorningEntry(e.diaryDate(), client.timeZone().getId(), e.intoBed(), e.triedToSleep(), e.solMinutes(),
				e.awakenings(), e.wasoMinutes(), e.finalAwakening(), e.outOfBed(), e.quality(),
				e.minutesTryingAfterFinalAwakening(), e.wokeEarlierThanPlanned(), e.minutesEarlier(), e.napCount(),
				e.napMinutes());
	}

	static NightlyMetrics checked(MorningEntry entry) {
		NightOutcome outcome = NightlyMetricsRules.evaluate(entry);
		if (outcome instanceof NightOutcome.Invalid invalid) {
			throw new NightRejectedException(invalid);
		}
		return ((NightOutcome.Valid) outcome).metrics();
	}

}
