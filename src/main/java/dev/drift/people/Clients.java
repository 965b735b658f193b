package dev.drift.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.audit.AuditLog;
import dev.drift.shared.ConflictException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients of a clinic. Every method that takes an {@link Actor} checks that the actor may
 * reach the client (their own record, or staff of the client's clinic); a foreign or
 * missing id answers {@link NotFoundException}. Staff reads and all changes are audited.
 */
@Service
@Transactional
class Clients {

	static final int MAX_PAGE_SIZE = 100;

	private final ClientRepository clients;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ProfileReads.PerTransaction reads = new ProfileReads.PerTransaction("clients");

	Clients(ClientRepository clients, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.clients = clients;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public ClientProfile register(ClinicId clinic, NewClient client) {
		if (this.clients.findByClinicIdAndEmail(clinic.value(), Client.normalize(client.email())).isPresent()) {
			throw new ConflictException("EMAIL_TAKEN", "This email address is already registered");
		}
		return remember(this.clients.save(Client.register(clinic, client, Instant.now(this.clock))).toProfile());
	}

	/** Not read-only: a staff read writes its audit row in the same transaction. */
	public ClientProfile get(Actor actor, ClientId id) {
		return reach(actor, id, "CLIENT_PROFILE_READ");
	}

	/** A client's profile for work the system does on its own (reminders, seeding). */
	@Transactional(readOnly = true)
	public Optional<ClientProfile> find(ClientId id) {
		return this.reads.get(id, () -> this.clients.findById(id.value()).map(Client::toProfile));
	}

	/**
	 * When a client signed up, for schedules the system computes (no actor, not audited).
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> registeredAt(ClientId id) {
		return this.clients.findById(id.value()).map(Client::createdAt);
	}

	/** Every client of a clinic, for work the system does on its own (reminders). */
	@Transactional(readOnly = true)
	public List<ClientProfile> ofClinic(ClinicId clinic) {
		return this.clients.findByClinicId(clinic.value()).stream().map(Client::toProfile).toList();
	}

	/**
	 * Profile and sleep schedule together, as the profile page saves them: all or
	 * nothing.
	 */
	public ClientProfile change(Actor actor, ClientId id, ClientDetails details, SleepSchedule sleep) {
		Client client = reachable(actor, id, "CLIENT_PROFILE_CHANGED");
		client.change(details);
		client.reschedule(sleep);
		return remember(this.clients.save(client).toProfile());
	}

	public ClientProfile reschedule(Actor actor, ClientId id, SleepSchedule sleep) {
		Client client = reachable(actor, id, "CLIENT_SLEEP_SCHEDULE_CHANGED");
		client.reschedule(sleep);
		return remember(this.clients.save(client).toProfile());
	}

	/**
	 * Staff search their clinic's clients by name or email, a page at a time (audited).
	 */
	public ResultPage<ClientSummary> search(Actor actor, String query, int page, int size) {
		actor.requireStaff();
		int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
		int pageNumber = Math.max(page, 0);
		String pattern = "%" + likeEscaped(query == null ? "" : query.strip().toLowerCase()) + "%";
		String where = " from people_client where clinic_id = :clinic"
				+ " and (lower(name) like :pattern escape '\\' or email like :pattern escape '\\')";
		long total = this.jdbc.sql("select count(*)" + where)
			.param("clinic", actor.clinicId().value())
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<ClientSummary> items = this.jdbc
			.sql("select id, name, email, phone, shift_pattern" + where
					+ " order by lower(name), id offset :offset rows fetch first :size rows only")
			.param("clinic", actor.clinicId().value())
			.param("pattern", pattern)
			.param("offset", (long) pageNumber * pageSize)
			.param("size", pageSize)
			.query((rs, i) -> new ClientSummary(new ClientId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getString("email"), rs.getString("phone"),
					ShiftPattern.fromCode(rs.getString("shift_pattern")).orElseThrow()))
			.list();
		this.audit.record(actor.audit("CLIENT_LIST_READ"));
		return new ResultPage<>(items, pageNumber, pageSize, total);
	}

	/**
	 * The one way to a client's data, for every module: finds the client and checks that
	 * the actor may reach them (the client themself, or staff of the client's clinic).
	 * Another client, another clinic or a missing id is audited as denied (committed even
	 * if the caller rolls back) and answers {@link NotFoundException}, saying nothing of
	 * the record. A granted action is audited in the caller's transaction, except a
	 * client's reads of their own data: actions named {@code *_READ} are audited for
	 * staff only.
	 * @param action what the caller does, as the audit trail names it (e.g.
	 * {@code SCREENING_READ}, {@code DIARY_ENTRY_RECORDED})
	 */
	public ClientProfile reach(Actor actor, ClientId id, String action) {
		Optional<ClientProfile> found = find(id)
			.filter((client) -> actor.mayAccessClient(client.clinicId(), client.id()));
		check(actor, id, action, found.isPresent());
		requireUnlocked(found.get(), action);
		return found.get();
	}

	private Client reachable(Actor actor, ClientId id, String action) {
		Optional<Client> found = this.clients.findById(id.value())
			.filter((client) -> actor.mayAccessClient(client.clinicId(), client.id()));
		check(actor, id, action, found.isPresent());
		requireUnlocked(found.get().toProfile(), action);
		return found.get();
	}

	/**
	 * An erased client's retained records are locked: they can be read and exported, not
	 * changed (409 {@code RECORD_LOCKED}).
	 */
	private static void requireUnlocked(ClientProfile client, String action) {
		if (client.erased() && !action.endsWith("_READ") && !action.endsWith("_EXPORTED")) {
			throw new ConflictException("RECORD_LOCKED",
					"This client's record was erased on request; what the clinic keeps is locked");
		}
	}

	/**
	 * The client withdraws their consent to health-data processing (themself only;
	 * audited as {@code HEALTH_CONSENT_WITHDRAWN}).
	 */
	public ClientProfile withdrawConsent(Actor actor, ClientId id) {
		if (!id.equals(actor.clientId())) {
			throw new NotFoundException("Client");
		}
		Client client = reachable(actor, id, "HEALTH_CONSENT_WITHDRAWN");
		client.withdrawConsent(Instant.now(this.clock));
		return remember(this.clients.save(client).toProfile());
	}

	/**
	 * Erases a client's profile (system call of the approved erasure workflow): contact
	 * details go, name and date of birth stay with the locked clinical records.
	 */
	public ClientProfile erase(ClientId id) {
		Client client = this.clients.findById(id.value()).orElseThrow(() -> new NotFoundException("Client"));
		client.erase(Instant.now(this.clock));
		return remember(this.clients.save(client).toProfile());
	}

	private ClientProfile remember(ClientProfile profile) {
		return this.reads.put(profile.id(), profile);
	}

	private void check(Actor actor, ClientId id, String action, boolean found) {
		if (!found) {
			this.audit.recordIndependently(actor.audit(action, id).denied());
			throw new NotFoundException("Client");
		}
		if (actor.isStaff() || !action.endsWith("_READ")) {
			this.audit.record(actor.audit(action, id));
		}
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * A line of the staff client list.
	 */
	public record ClientSummary(ClientId id, String name, String email, String phone, ShiftPattern shiftPattern) {
	}

}
