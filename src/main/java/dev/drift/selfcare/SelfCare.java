package dev.drift.selfcare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-care module's facade: the client's routine for tonight (the §3.0 gate runs on
 * every call), the log of routines done with adherence and the diary night each precedes,
 * the therapist's assignment and the client's evening reminder. Another client's or
 * clinic's id answers 404.
 */
@Service
public class SelfCare {

	private final RoutineKeeping keeping;

	private final SelfCareStore store;

	private final ApplicationEventPublisher events;

	SelfCare(RoutineKeeping keeping, SelfCareStore store, ApplicationEventPublisher events) {
		this.keeping = keeping;
		this.store = store;
		this.events = events;
	}

	/**
	 * The routine for tonight from the latest screening: the variant asked for
	 * ({@code null}: the assigned one, else the gate's choice); 422
	 * {@code ROUTINE_VARIANT_BLOCKED} when the gate forbids its foot steps.
	 */
	public Routine routine(Actor actor, ClientId client, String variant) {
		return this.keeping.routine(actor, client, variant);
	}

	/**
	 * The client logs a routine (completed or stopped early), linked to tonight's diary
	 * night.
	 */
	@Transactional
	public RoutineLog log(Actor actor, ClientId client, NewRoutineLog log) {
		RoutineLog logged = this.keeping.log(actor, client, log);
		this.events.publishEvent(new RoutineLogged(actor.clinicId().value(), client.value(), logged.eveningDate()));
		return logged;
	}

	/** The client's logs of the last eight weeks, newest first. */
	public List<RoutineLog> logs(Actor actor, ClientId client) {
		return this.keeping.logs(actor, client);
	}

	/** Every log of the client, newest first (the client's data export). */
	public List<RoutineLog> allLogs(Actor actor, ClientId client) {
		return this.keeping.allLogs(actor, client);
	}

	/** Streak, the last 14 evenings, and diary nights with and without the routine. */
	public Adherence adherence(Actor actor, ClientId client) {
		return this.keeping.adherence(actor, client);
	}

	public RoutineSettings settings(Actor actor, ClientId client) {
		return this.keeping.settings(actor, client);
	}

	/** Staff assign a variant ({@code null}: the gate chooses); the gate still wins. */
	public RoutineSettings assign(Actor actor, ClientId client, String variant) {
		return this.keeping.assign(actor, client, variant);
	}

	/** The evening reminder on or off, 60 to 120 minutes before the main sleep. */
	public RoutineSettings changeReminder(Actor actor, ClientId client, boolean enabled, Integer minutes) {
		return this.keeping.changeReminder(actor, client, enabled, minutes);
	}

	/** Routines done before (the demo), admin only; answers how many were stored. */
	@Transactional
	public int importLogs(Actor actor, ClientId client, List<PastRoutine> past) {
		int imported = this.keeping.importLogs(actor, client, past);
		this.events.publishEvent(new RoutineLogged(actor.clinicId().value(), client.value(), null));
		return imported;
	}

	/**
	 * The local evening dates of every routine the client logged, oldest first (system
	 * call for outcomes' read model, not audited).
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> routineEvenings(ClientId client) {
		return routineEvenings(List.of(client)).getOrDefault(client, List.of());
	}

	/**
	 * Each client's logged evenings, oldest first, read in one statement (system call for
	 * outcomes' read models, not audited); clients without any are absent.
	 */
	@Transactional(readOnly = true)
	public Map<ClientId, List<LocalDate>> routineEvenings(Collection<ClientId> clients) {
		Map<ClientId, List<LocalDate>> byClient = new HashMap<>();
		this.store.evenings(clients.stream().map(ClientId::value).toList())
			.forEach((client, evenings) -> byClient.put(new ClientId(client), evenings));
		return byClient;
	}

	/**
	 * Erasure of a client's data (called by the records module once an admin approved
	 * it): the routine log and the reminder setting are deleted; answers how many rows
	 * went.
	 */
	@Transactional
	public int eraseClient(ClientId client) {
		return this.store.eraseClient(client.value());
	}

}
