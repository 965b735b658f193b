package dev.drift.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.drift.accounts.Accounts;
import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.intake.Intake;
import dev.drift.notify.Outbox;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicId;
import dev.drift.people.People;
import dev.drift.plan.Plans;
import dev.drift.questionnaires.Questionnaires;
import dev.drift.shared.ConflictException;
import dev.drift.shared.NotFoundException;
import dev.drift.shared.RuleViolationException;
import dev.drift.outcomes.Outcomes;
import dev.drift.selfcare.SelfCare;
import dev.drift.sleep.SleepDiary;
import dev.drift.waitlist.Waitlist;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasure workflow (GDPR Art. 17). The client asks; an admin of their clinic
 * approves; then, in one transaction and through each owning module's facade: the diary,
 * questionnaires, health questionnaires (intake, re-checks, clearances), waiting list,
 * cancelled and future appointments and the emails to the client are deleted; the account
 * can no longer sign in; the profile keeps only what identifies the records the clinic
 * must keep (name, date of birth). Appointments that took place and treatment plans are
 * kept, locked ({@code RECORD_LOCKED} on any change) until the retention period after the
 * last treatment ends. The audit trail records the request and the erasure, with ids
 * only.
 */
@Component
@Transactional
class Erasures {

	private final ErasureStore store;

	private final People people;

	private final Accounts accounts;

	private final Intake intake;

	private final Questionnaires questionnaires;

	private final SleepDiary diary;

	private final SelfCare selfCare;

	private final Outcomes outcomes;

	private final Booking booking;

	private final Waitlist waitlist;

	private final Outbox outbox;

	private final Plans plans;

	private final Clock clock;

	Erasures(ErasureStore store, People people, Accounts accounts, Intake intake, Questionnaires questionnaires,
			SleepDiary diary, SelfCare selfCare, Outcomes outcomes, Booking booking, Waitlist waitlist, Outbox outbox,
			Plans plans, Clock clock) {
		this.selfCare = selfCare;
		this.outcomes = outcomes;
		this.store = store;
		this.people = people;
		this.accounts = accounts;
		this.intake = intake;
		this.questionnaires = questionnaires;
		this.diary = diary;
		this.booking = booking;
		this.waitlist = waitlist;
		this.outbox = outbox;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * The client asks for erasure; asking again while a request is open changes nothing.
	 */
	ErasureRequest request(Actor actor) {
		if (actor.clientId() == null) {
			throw new NotFoundException("Client");
		}
		ClientProfile client = this.people.reach(actor, actor.clientId(), "ERASURE_REQUESTED");
		ErasureStore.Row open = this.store.latest(client.id()).filter(ErasureStore.Row::open).orElse(null);
		if (open == null) {
			this.store.insert(UUID.randomUUID(), client.clinicId(), client.id(), this.clock.instant());
			open = this.store.latest(client.id()).orElseThrow();
		}
		return open.view(client.name());
	}

	/** The client's latest request, if any (the client, or staff). */
	@Transactional(readOnly = true)
	Optional<ErasureRequest> latest(ClientProfile client) {
		return this.store.latest(client.id()).map((row) -> row.view(client.name()));
	}

	/** The clinic's requests, open ones first (admin). */
	List<ErasureRequest> ofClinic(Actor admin) {
		admin.requireAdmin();
		return this.store.ofClinic(admin.clinicId())
			.stream()
			.map((row) -> row.view(this.people.findClient(row.clientId()).map(ClientProfile::name).orElse("")))
			.toList();
	}

	/** An admin approves an open request of their clinic: the client's data is erased. */
	ErasureRequest approve(Actor admin, UUID requestId) {
		admin.requireAdmin();
		ErasureStore.Row request = this.store.find(admin.clinicId(), requestId)
			.orElseThrow(() -> new NotFoundException("Erasure request"));
		if (!request.open()) {
			throw new ConflictException("ERASURE_DONE", "This client's data has already been erased");
		}
		ClientId clientId = request.clientId();
		ClientProfile client = this.people.reach(admin, clientId, "CLIENT_ERASED");
		this.waitlist.eraseClient(clientId);
		this.booking.eraseClient(clientId);
		this.intake.eraseClient(clientId);
		this.questionnaires.eraseClient(clientId);
		this.diary.eraseClient(clientId);
		this.selfCare.eraseClient(clientId);
		this.outcomes.eraseClient(clientId);
		this.outbox.eraseRecipient(client.email());
		this.accounts.eraseClient(clientId);
		this.people.eraseClient(clientId);
		List<AppointmentView> kept = this.booking.appointmentsOf(admin, clientId);
		int plans = this.plans.plans(admin, clientId).size();
		Instant now = this.clock.instant();
		LocalDate lastTreatment = kept.stream()
			.map((a) -> a.start().toLocalDate())
			.max(LocalDate::compareTo)
			.orElse(LocalDate.ofInstant(now, client.timeZone()));
		LocalDate keepUntil = lastTreatment.plusYears(this.store.retentionYears(admin.clinicId()));
		this.store.erased(requestId, admin.accountId(), now, keepUntil, kept.size(), plans);
		return this.store.find(admin.clinicId(), requestId).orElseThrow().view(client.name());
	}

	@Transactional(readOnly = true)
	int retentionYears(ClinicId clinic) {
		return this.store.retentionYears(clinic);
	}

	/**
	 * The admin sets how many years clinical records are kept after the last treatment.
	 */
	void changeRetention(Actor admin, int years) {
		admin.requireAdmin();
		if (years < 1 || years > 100) {
			throw new RuleViolationException("RETENTION_INVALID", "Keep records for 1 to 100 years");
		}
		this.store.changeRetention(admin.clinicId(), years);
	}

}
