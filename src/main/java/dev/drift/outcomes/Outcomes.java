package dev.drift.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import dev.drift.audit.AuditLog;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.shared.ForbiddenException;
import dev.drift.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes module's facade: a client's progress (the client, their therapists, the
 * clinic's admins; anyone else 404), clinic analytics and the claims check (staff only: a
 * client gets 403; a therapist sees only the clients they mainly treat), and the rebuild
 * of a clinic's read models. Every read writes one audit row.
 */
@Service
public class Outcomes {

	private final OutcomesStore store;

	private final ClientRefresh refresh;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	/** Clients re-projected together in one transaction by a rebuild. */
	static final int REBUILD_BATCH = 200;

	private final int rebuildThreads;

	Outcomes(OutcomesStore store, ClientRefresh refresh, People people, AuditLog audit, Clock clock,
			@Value("${drift.outcomes.rebuild-threads:2}") int rebuildThreads) {
		this.rebuildThreads = Math.max(1, rebuildThreads);
		this.store = store;
		this.refresh = refresh;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** The client's progress from the read models (audited {@code OUTCOMES_READ}). */
	@Transactional
	public ClientOutcomes progress(Actor actor, ClientId clientId) {
		ClientProfile client = reach(actor, clientId, "OUTCOMES_READ");
		return ProgressView.of(client, this.store, LocalDate.now(this.clock.withZone(client.timeZone())));
	}

	/**
	 * Clinic analytics for one grouping; filters optional (a therapist's own clients
	 * always). Audited {@code OUTCOMES_ANALYTICS_READ}.
	 */
	@Transactional
	public OutcomeAnalytics analytics(Actor actor, Grouping by, LocalDate from, LocalDate to, TherapistId therapist,
			String profile) {
		UUID only = onlyTherapist(actor, therapist);
		OutcomeAnalytics result = Analysis.of(by, from, to,
				this.store.analyticsSums(by, actor.clinicId().value(), only, blankToNull(profile), from, to));
		this.audit.record(actor.audit("OUTCOMES_ANALYTICS_READ"));
		return result;
	}

	/** The cited claims beside the clinic's figures (admins only; audited). */
	@Transactional
	public List<ClaimCheck> claims(Actor actor) {
		actor.requireAdmin();
		List<ClaimCheck> claims = Claims.check(this.store.sessionNightsOfClinic(actor.clinicId().value()),
				this.store.analyticsRows(actor.clinicId().value(), null, null, null, null));
		this.audit.record(actor.audit("OUTCOMES_CLAIMS_READ"));
		return claims;
	}

	/** The analytics as CSV, one row per shown group (audited like the JSON). */
	@Transactional
	public String analyticsCsv(Actor actor, Grouping by, LocalDate from, LocalDate to, TherapistId therapist,
			String profile) {
		return OutcomesCsv.analytics(analytics(actor, by, from, to, therapist, profile));
	}

	/**
	 * The client's own diary, scores, sessions and routine evenings as CSV (the client
	 * and staff who may read their progress; audited {@code OUTCOMES_EXPORTED}).
	 */
	@Transactional
	public String clientCsv(Actor actor, ClientId clientId) {
		ClientProfile client = reach(actor, clientId, "OUTCOMES_EXPORTED");
		ClientOutcomes progress = ProgressView.of(client, this.store,
				LocalDate.now(this.clock.withZone(client.timeZone())));
		return OutcomesCsv.client(progress, this.store.nights(clientId.value()));
	}

	/**
	 * Rebuilds the read models of every client of the admin's clinic, in batches of
	 * {@value #REBUILD_BATCH} clients, a few batches at a time
	 * ({@code drift.outcomes.rebuild-threads}, default 2); answers how many clients.
	 */
	public int rebuild(Actor actor) {
		actor.requireAdmin();
		List<ClientProfile> clients = this.people.clientsOf(actor.clinicId());
		ExecutorService pool = Executors.newFixedThreadPool(this.rebuildThreads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int from = 0; from < clients.size(); from += REBUILD_BATCH) {
				List<ClientProfile> batch = clients.subList(from, Math.min(clients.size(), from + REBUILD_BATCH));
				done.add(pool.submit(() -> this.refresh.refresh(batch)));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Rebuild interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
		this.audit.record(actor.audit("OUTCOMES_REBUILT"));
		return clients.size();
	}

	/**
	 * Deletes everything the read models keep about the client, in the caller's
	 * transaction (records' approved erasure).
	 */
	@Transactional
	public void eraseClient(ClientId client) {
		this.store.erase(client.value());
	}

	/** Re-projects one client (system call: the demo, an erasure). */
	public void refresh(ClientId client) {
		this.refresh.refresh(client);
	}

	/**
	 * The one access check: staff of the clinic (a therapist: a client they treated) or
	 * the client.
	 */
	private ClientProfile reach(Actor actor, ClientId clientId, String action) {
		if (actor.isStaff() && !actor.isAdmin()) {
			boolean sameClinic = this.people.findClient(clientId)
				.map((c) -> c.clinicId().equals(actor.clinicId()))
				.orElse(false);
			if (sameClinic && (actor.therapistId() == null
					|| !this.store.treatedBy(clientId.value(), actor.therapistId().value()))) {
				throw new NotFoundException("Client");
			}
		}
		return this.people.reach(actor, clientId, action);
	}

	private static UUID onlyTherapist(Actor actor, TherapistId asked) {
		if (!actor.isStaff()) {
			throw new ForbiddenException();
		}
		if (!actor.isAdmin()) {
			if (actor.therapistId() == null) {
				throw new ForbiddenException();
			}
			return actor.therapistId().value();
		}
		return (asked == null) ? null : asked.value();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
